import { formatDate, formatTenure, isOnOrBefore, roleTenureOn } from '../../core/graph/dates.ts';
import {
  describeSanctionSummary,
  holdersOf,
  imposedBy,
  measuresAgainst,
  rolesOf,
  sanctionSummary,
  sourcesAbout,
} from '../../core/graph/queries.ts';
import { NODE_KIND_LABEL } from '../../core/model/labels.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { ImposedList, MeasureCardList } from './LongLists.tsx';
import { NodeLink } from './links.tsx';
import { SourceList } from './SourceList.tsx';
import { ExploreActions } from './ExploreActions.tsx';

interface Props {
  data: LoadedData;
  id: string;
  /** ISO day: show only what was announced by then; null for everything. */
  asOf: string | null;
}

/** The panel for any node: who it is, posts, measures against it, what it imposed, people in it, sources. */
export function NodePanel({ data, id, asOf }: Props) {
  const { graph, index } = data;
  const node = graph.getNodeAttributes(id);
  // Same rule as the canvas: a measure dated "2020-07" shows from 1 July.
  const inForce = (date: string) => asOf === null || isOnOrBefore(date, asOf, { mode: 'possibly' });
  const allMeasures = measuresAgainst(graph, index, id);
  const measures = allMeasures.filter((m) => inForce(m.measure.announced));
  const laterCount = allMeasures.length - measures.length;
  const summary = sanctionSummary(graph, id);
  const allRoles = rolesOf(graph, id);
  const roles = asOf === null ? allRoles : allRoles.filter(({ role }) => roleTenureOn(role, asOf) !== 'notHeld');
  const holders = holdersOf(graph, id);
  const imposed = node.kind === 'sanctioningBody' ? imposedBy(graph, index, id).filter((a) => inForce(a.date)) : [];

  return (
    <article className="node-panel" aria-labelledby="panel-title" data-panel-node={id}>
      <header>
        <p className="kind">{NODE_KIND_LABEL[node.kind]}</p>
        <h2 id="panel-title">{node.name}</h2>
        {node.chineseName && (
          <p className="chinese-name" lang="zh">
            {node.chineseName}
          </p>
        )}
        {summary.measureCount > 0 && (
          <p className="status-line" data-testid="status-line">
            {capitalise(describeSanctionSummary(summary))}
            {asOf &&
              measures.length < allMeasures.length &&
              ` (as of ${formatDate(asOf)}: ${measures.length} of ${allMeasures.length} measures)`}
          </p>
        )}
      </header>
      <ExploreActions data={data} id={id} />
      {node.aliases.length > 0 && (
        <section aria-label="Also known as">
          <h3>Also known as</h3>
          <ul className="aliases">
            {node.aliases.map((alias) => (
              <li key={alias.name}>
                {alias.name}
                {alias.note && <span className="muted"> — {alias.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="description">{node.description}</p>
      <dl className="facts">
        {node.country && (
          <>
            <dt>Country</dt>
            <dd>{node.country}</dd>
          </>
        )}
        {node.birth && (
          <>
            <dt>Born</dt>
            <dd>
              {node.birth.date ? formatDate(node.birth.date) : 'date unknown'}
              {node.birth.place && `, ${node.birth.place}`}
            </dd>
          </>
        )}
        {node.memberCount !== undefined && (
          <>
            <dt>Members</dt>
            <dd>{node.memberCount}</dd>
          </>
        )}
        {node.confidence !== 'confirmed' && (
          <>
            <dt>Confidence</dt>
            <dd>{node.confidence}</dd>
          </>
        )}
      </dl>
      {node.notes.map((note) => (
        <p key={note} className="note">
          Note: {note}
        </p>
      ))}

      {allRoles.length > 0 && (
        <section aria-label="Posts held">
          <h3>{asOf ? `Posts held on ${formatDate(asOf)}` : 'Posts held'}</h3>
          {roles.length < allRoles.length && (
            <p className="muted">
              {allRoles.length - roles.length} other {allRoles.length - roles.length === 1 ? 'post was' : 'posts were'}{' '}
              not held then.
            </p>
          )}
          <ul className="roles">
            {roles.map(({ role, organization }) => (
              <li key={role.id} data-role={role.id}>
                <strong>{role.title}</strong>, <NodeLink node={organization} />
                <br />
                <span className="muted">
                  {formatTenure(role)}
                  {role.status !== 'unknown' && ` · ${role.status}`}
                  {role.confidence !== 'confirmed' && ` · ${role.confidence}`}
                </span>
                {role.notes.map((n) => (
                  <span key={n} className="note">
                    {' '}
                    Note: {n}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}

      {allMeasures.length > 0 && (
        <section aria-label="Measures against">
          <h3>
            Measures against {node.name} ({measures.length})
          </h3>
          {laterCount > 0 && asOf && (
            <p className="muted">
              {laterCount} later {laterCount === 1 ? 'measure is' : 'measures are'} hidden: the date is set to{' '}
              {formatDate(asOf)}.
            </p>
          )}
          <MeasureCardList entries={measures} index={index} />
        </section>
      )}

      {imposed.length > 0 && (
        <section aria-label="Measures imposed">
          <h3>Measures imposed</h3>
          <ImposedList groups={imposed} />
        </section>
      )}

      {holders.length > 0 && (
        <section aria-label="People in posts here">
          <h3>People in posts here</h3>
          <ul className="roles">
            {holders.map(({ role, person }) => (
              <li key={role.id}>
                <NodeLink node={person} />, {role.title}
                <span className="muted"> · {formatTenure(role)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <SourceList sources={sourcesAbout(graph, index, id)} />
    </article>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
