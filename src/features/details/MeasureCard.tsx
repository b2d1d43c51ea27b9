import { formatDate } from '../../core/graph/dates.ts';
import { sourcesOf, type DatasetIndex, type MeasureAgainst } from '../../core/graph/queries.ts';
import { MEASURE_KIND_LABEL, MEASURE_STATUS_LABEL } from '../../core/model/labels.ts';
import type { Measure } from '../../core/model/schema.ts';
import { EdgeLink, NodeLink, NodeLinks } from './links.tsx';
import { InlineSources } from './SourceList.tsx';

const FAMILY_TEXT: Record<Measure['family'], string | null> = {
  included: 'Extends to immediate family',
  possibly: 'May extend to immediate family',
  no: 'Does not extend to family',
  unknown: null,
};

/** One measure in full: date, body, kind, legal basis, program, scope, status, post held, what came with it, sources. */
export function MeasureCard({
  entry,
  index,
  showTarget = false,
}: {
  entry: MeasureAgainst;
  index: DatasetIndex;
  showTarget?: boolean;
}) {
  const { measure, body, target, action, postsHeld, announcedWith } = entry;
  const family = FAMILY_TEXT[measure.family];
  return (
    <article
      className={`measure-card measure-${measure.kind}`}
      data-measure={measure.id}
      aria-label={`${MEASURE_KIND_LABEL[measure.kind]} by ${body.name}`}
    >
      <header>
        <time dateTime={measure.announced}>{formatDate(measure.announced)}</time>
        <span className={`badge badge-${measure.kind}`}>{MEASURE_KIND_LABEL[measure.kind]}</span>
        {measure.confidence !== 'confirmed' && <span className="badge badge-warn">{measure.confidence}</span>}
      </header>
      <dl>
        <dt>By</dt>
        <dd>
          <NodeLink node={body} />
        </dd>
        {showTarget && (
          <>
            <dt>On</dt>
            <dd>
              <NodeLink node={target} />
            </dd>
          </>
        )}
        {measure.effective && measure.effective !== measure.announced && (
          <>
            <dt>Effective</dt>
            <dd>{formatDate(measure.effective)}</dd>
          </>
        )}
        <dt>Legal basis</dt>
        <dd>
          {measure.legalBasis}
          {measure.program && <span className="program"> · program {measure.program}</span>}
        </dd>
        {family && (
          <>
            <dt>Scope</dt>
            <dd>{family}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>{MEASURE_STATUS_LABEL[measure.status]}</dd>
        {postsHeld.length > 0 && (
          <>
            <dt>Post then</dt>
            <dd>
              {postsHeld.map(({ role, organization, tenure }, i) => (
                <span key={role.id}>
                  {i > 0 && '; '}
                  {role.title}, <NodeLink node={organization} />
                  {tenure === 'uncertain' && <span className="muted"> (dates uncertain)</span>}
                </span>
              ))}
            </dd>
          </>
        )}
        {action && (
          <>
            <dt>Action</dt>
            <dd>{action.title}</dd>
          </>
        )}
        {announcedWith.length > 0 && (
          <>
            <dt>Announced with</dt>
            <dd>
              <NodeLinks nodes={announcedWith} />
            </dd>
          </>
        )}
      </dl>
      <p className="description">{measure.description}</p>
      {measure.notes.map((note) => (
        <p key={note} className="note">
          Note: {note}
        </p>
      ))}
      <InlineSources sources={sourcesOf(index, measure)} />
      <p>
        <EdgeLink id={measure.id}>Show this measure on the graph</EdgeLink>
      </p>
    </article>
  );
}
