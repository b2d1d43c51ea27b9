import { inForceAt } from '../../core/algorithms/time.ts';
import {
  holdersOf,
  imposedBy,
  measuresAgainst,
  rolesOf,
  sourcesAbout,
  summariseMeasures,
} from '../../core/graph/queries.ts';
import { NODE_KIND_LABEL } from '../../core/model/labels.ts';
import type { EntityNode } from '../../core/model/schema.ts';
import { countryName } from '../../core/text/countryName.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { DateText } from '../../ui/DateText.tsx';
import { countsAsSanction } from '../../core/model/kinds.ts';
import { ConnectionsSection } from './ConnectionsSection.tsx';
import { EntityFacts } from './EntityFacts.tsx';
import { OtherListsSection } from './OtherListsSection.tsx';
import { ExploreActions } from './ExploreActions.tsx';
import { Fold } from './Fold.tsx';
import { ImposedList } from './LongLists.tsx';
import { MeasuresTable } from './MeasuresTable.tsx';
import { statusLine, topicOnlyStatus } from './panelText.ts';
import { HoldersSection, PostsSection } from './PostsSection.tsx';
import { IdentitySection } from './IdentitySection.tsx';
import { SourceList } from './SourceList.tsx';
import { SOURCE_LIST } from '../../core/data/ftm/conventions.ts';

interface Props {
  data: LoadedData;
  id: string;
  /** ISO day: show only what was announced by then; null for everything. */
  asOf: string | null;
}

/**
 * The panel for any node, in the order a reader asks: who it is and whether it is sanctioned, the
 * measures (a table whose rows open their cards), what it imposed, its connections, its posts, who it is
 * in detail (names, country, birth, description), notes and sources. Everything follows the "as of" date.
 */
export function NodePanel({ data, id, asOf }: Props) {
  const { graph, index } = data;
  const node = graph.getNodeAttributes(id);
  const inForce = (date: string) => inForceAt(date, asOf);
  // Only sanctions count as measures here; other lists (debarment, disqualification...) have their own sections.
  const allListings = measuresAgainst(graph, index, id);
  const allMeasures = allListings.filter((m) => countsAsSanction(m.measure.listType));
  const otherListings = allListings.filter(
    (m) => !countsAsSanction(m.measure.listType) && inForce(m.measure.announced),
  );
  const measures = allMeasures.filter((m) => inForce(m.measure.announced));
  const laterCount = allMeasures.length - measures.length;
  const status = statusLine(
    summariseMeasures(allMeasures.map((m) => m.measure)),
    summariseMeasures(measures.map((m) => m.measure)),
    asOf,
  );
  const topicStatus = topicOnlyStatus(
    node.topics,
    allMeasures.length,
    (node.facts ?? []).filter((f) => f.label === SOURCE_LIST).map((f) => f.value),
  );
  const imposed = node.kind === 'sanctioningBody' ? imposedBy(graph, index, id).filter((a) => inForce(a.date)) : [];

  return (
    <article className="node-panel" aria-labelledby="panel-title" data-panel-node={id}>
      <header>
        <p className="kind">{NODE_KIND_LABEL[node.kind]}</p>
        <h2 id="panel-title" tabIndex={-1}>
          {node.name}
        </h2>
        {node.chineseName && (
          <p className="chinese-name" lang="zh">
            {node.chineseName}
          </p>
        )}
        {status && (
          <p className="status-line" data-testid="status-line">
            {status}
          </p>
        )}
        {topicStatus && (
          <p className="status-line" data-testid="status-line">
            {topicStatus}
          </p>
        )}
      </header>
      <ExploreActions data={data} id={id} />

      {allMeasures.length > 0 && (
        <section aria-label="Measures against" className="measures">
          <h3>
            Measures against {node.name} <span className="count">({measures.length})</span>
          </h3>
          {measures.length > 0 && (
            <MeasuresTable key={asOf ?? ''} entries={measures} index={index} label={`Measures against ${node.name}`} />
          )}
          {laterCount > 0 && asOf && (
            <p className="muted">
              {laterCount} later {laterCount === 1 ? 'measure is' : 'measures are'} hidden: the date is set to{' '}
              <DateText date={asOf} />.
            </p>
          )}
        </section>
      )}

      <OtherListsSection entries={otherListings} index={index} name={node.name} />

      {imposed.length > 0 && (
        <section aria-label="Measures imposed">
          <h3>Measures imposed</h3>
          <ImposedList groups={imposed} />
        </section>
      )}

      {/* Connections: every relation other than measures and posts. */}
      <ConnectionsSection data={data} id={id} asOf={asOf} />

      <PostsSection roles={rolesOf(graph, id)} asOf={asOf} />
      <HoldersSection holders={holdersOf(graph, id)} asOf={asOf} />

      <Identity node={node} />
      <EntityFacts node={node} />

      {node.notes.map((note, i) => (
        <p key={`${i}:${note}`} className="note">
          Note: {note}
        </p>
      ))}
      <IdentitySection data={data} id={id} />
      <SourceList sources={sourcesAbout(graph, index, id)} />
    </article>
  );
}

/** Who the entity is: names, country, birth, members, confidence, and the description. */
function Identity({ node }: { node: EntityNode }) {
  return (
    <section aria-label="About" className="identity">
      <h3>About</h3>
      <p className="description">{node.description}</p>
      {node.aliases.length > 0 && (
        <Fold label="Also known as" title="Also known as" count={node.aliases.length} level={4}>
          <ul className="aliases">
            {node.aliases.map((alias) => (
              <li key={alias.name}>
                {alias.name}
                {alias.note && <span className="muted"> — {alias.note}</span>}
              </li>
            ))}
          </ul>
        </Fold>
      )}
      <dl className="facts">
        {node.country && (
          <>
            <dt>Country</dt>
            <dd title={node.country}>{countryName(node.country)}</dd>
          </>
        )}
        {node.birth && (
          <>
            <dt>Born</dt>
            <dd>
              <DateText date={node.birth.date} />
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
    </section>
  );
}
