// What a node's panel says about an identity judgement: the names it joins, why (with sources), and a
// button to split the merged node again (or merge it back): the view's identity setting.
import { identityOfNode } from '../../core/graph/identities.ts';
import { sourcesOf } from '../../core/graph/queries.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { updateView } from '../../state/store.ts';
import { setIdentityView } from '../../state/transitions.ts';
import { InlineSources } from './InlineSources.tsx';

export function IdentitySection({ data, id }: { data: LoadedData; id: string }) {
  const told = identityOfNode(data.recorded, id, { has: (nodeId) => data.graph.hasNode(nodeId) });
  if (told === null) return null;
  const { identity, members, merged } = told;
  const names = members.map((m) => m.name);
  const heading = identity.judgement === 'same' ? 'One body under several names' : 'Possibly the same body';
  return (
    <section aria-label={heading} className="identity" data-identity={identity.id}>
      <h3>{heading}</h3>
      <p>
        {merged
          ? `Shown as one node: recorded as ${names.join(' and ')}, with the measures taken under each name.`
          : `Recorded apart as ${names.join(' and ')}.`}
      </p>
      {identity.notes.map((note, i) => (
        <p key={`${i}:${note}`} className="note">
          {note}
        </p>
      ))}
      <InlineSources sources={sourcesOf(data.index, identity)} />
      {identity.judgement === 'same' && (
        <p>
          <button type="button" onClick={() => updateView(setIdentityView, merged ? 'split' : 'merged')}>
            {merged ? 'Show the names as separate nodes' : 'Show as one node'}
          </button>
        </p>
      )}
    </section>
  );
}
