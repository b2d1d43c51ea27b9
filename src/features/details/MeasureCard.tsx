import { sourcesOf, type DatasetIndex, type MeasureAgainst } from '../../core/graph/queries.ts';
import { MEASURE_KIND_LABEL } from '../../core/model/labels.ts';
import type { Measure } from '../../core/model/schema.ts';
import { DateText } from '../../ui/DateText.tsx';
import { EdgeLink, NodeLink, NodeLinks } from '../../ui/links.tsx';
import { MeasureFacts } from './MeasureFacts.tsx';
import { PostTitle } from './PostTitle.tsx';
import { AnnouncedDate } from './AnnouncedDate.tsx';
import { InlineSources } from './InlineSources.tsx';
import { programBeside } from './panelText.ts';

const FAMILY_TEXT: Record<Measure['family'], string | null> = {
  included: 'Extends to immediate family',
  possibly: 'May extend to immediate family',
  no: 'Does not extend to family',
  unknown: null,
};

/** A measure's status in a sentence: never "Status unknown" under a "Status" heading. */
export const MEASURE_STATUS_TEXT: Record<Measure['status'], string> = {
  inForce: 'In force',
  lifted: 'Lifted',
  expired: 'Expired',
  unknown: 'Not recorded',
};

/** The posts the target held on the measure's date: certain ones as held, uncertain ones said to be so. */
function PostsThen({ entry }: { entry: MeasureAgainst }) {
  const held = entry.postsHeld.filter((p) => p.tenure === 'held');
  const uncertain = entry.postsHeld.filter((p) => p.tenure === 'uncertain');
  if (held.length === 0 && uncertain.length === 0 && entry.lastPost === null) return null;
  return (
    <>
      <dt>Post held then</dt>
      <dd data-posts-then="">
        {held.length > 0 ? (
          <ul className="posts-then">
            {held.map(({ role, organization }) => (
              <li key={role.id} data-role={role.id}>
                <PostTitle role={role} organization={organization} />
              </li>
            ))}
          </ul>
        ) : (
          <p>
            No post on record on that date
            {entry.lastPost && (
              <>
                ; last: <PostTitle role={entry.lastPost.role} organization={entry.lastPost.organization} />, until{' '}
                <DateText date={entry.lastPost.end} />
              </>
            )}
            .
          </p>
        )}
        {uncertain.length > 0 && (
          <p className="muted" data-posts-uncertain="">
            Dates too uncertain to tell whether held then:{' '}
            {uncertain.map(({ role, organization }, i) => (
              <span key={role.id} data-role={role.id}>
                {i > 0 && '; '}
                <PostTitle role={role} organization={organization} />
              </span>
            ))}
          </p>
        )}
      </dd>
    </>
  );
}

/**
 * One measure in full. In the node panel's measures table (`inTable`) the row already gives date, body,
 * kind, legal basis and status, so the card gives the rest: scope, post held then, announced with,
 * provisions, sources. Standing alone (the edge panel) it gives everything.
 */
export function MeasureCard({
  entry,
  index,
  showTarget = false,
  inTable = false,
}: {
  entry: MeasureAgainst;
  index: DatasetIndex;
  showTarget?: boolean;
  inTable?: boolean;
}) {
  const { measure, body, target, action, announcedWith } = entry;
  const family = FAMILY_TEXT[measure.family];
  return (
    <article
      className={`measure-card measure-${measure.kind}`}
      data-measure-card={measure.id}
      aria-label={`${MEASURE_KIND_LABEL[measure.kind]} by ${body.name}`}
    >
      {!inTable && (
        <header>
          <AnnouncedDate measure={measure} />
          <span className={`badge badge-${measure.kind}`}>{MEASURE_KIND_LABEL[measure.kind]}</span>
          {measure.confidence !== 'confirmed' && <span className="badge badge-warn">{measure.confidence}</span>}
        </header>
      )}
      <dl>
        {!inTable && (
          <>
            <dt>By</dt>
            <dd>
              <NodeLink node={body} />
            </dd>
          </>
        )}
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
            <dd>
              <DateText date={measure.effective} />
            </dd>
          </>
        )}
        {!inTable && (
          <>
            <dt>Legal basis</dt>
            <dd>
              {measure.legalBasis}
              {programBeside(measure) && <span className="program"> · program {programBeside(measure)}</span>}
            </dd>
            <dt>Status</dt>
            <dd>{MEASURE_STATUS_TEXT[measure.status]}</dd>
          </>
        )}
        {inTable && measure.confidence !== 'confirmed' && (
          <>
            <dt>Confidence</dt>
            <dd>{measure.confidence}</dd>
          </>
        )}
        {family && (
          <>
            <dt>Scope</dt>
            <dd>{family}</dd>
          </>
        )}
        <PostsThen entry={entry} />
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
              {announcedWith.length <= 2 ? (
                <NodeLinks nodes={announcedWith} />
              ) : (
                <ul className="link-list">
                  {announcedWith.map((node) => (
                    <li key={node.id}>
                      <NodeLink node={node} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
      </dl>
      <p className="description">{measure.description}</p>
      <MeasureFacts measure={measure} />
      {measure.notes.map((note, i) => (
        <p key={`${i}:${note}`} className="note">
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
