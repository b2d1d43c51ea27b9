import type { Fact } from '../../core/model/schema.ts';
import { readableFactValue } from '../../core/text/countryName.ts';
import { safeHttpUrl } from '../../core/text/safeUrl.ts';

/** Imported facts as a definition list, labels as the FtM model gives them; only http(s) addresses become links. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="facts">
      {facts.map((fact, i) => {
        const href = fact.group === 'link' ? safeHttpUrl(fact.value) : null;
        const readable = readableFactValue(fact.label, fact.value);
        return (
          <div key={`${fact.label}\u0000${fact.value}\u0000${i}`} className="fact">
            <dt>{fact.label}</dt>
            <dd>
              {href === null ? (
                <span title={readable === fact.value ? undefined : fact.value}>{readable}</span>
              ) : (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {fact.value}
                </a>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
