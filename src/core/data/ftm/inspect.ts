// What a FollowTheMoney file turns into, as plain data for `npm run inspect` and bug reports: counts by
// node kind, measure kind and list type, the load report, and for one entity the facts its panel shows.
import { countsAsSanction, type ListType } from '../../model/kinds.ts';
import { LIST_TYPE_LABEL, MEASURE_KIND_LABEL, NODE_KIND_LABEL } from '../../model/labels.ts';
import type { Dataset, EntityNode, Fact } from '../../model/schema.ts';
import type { LoadReport } from './report.ts';

function count<T extends string>(values: readonly T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

export interface FileSummary {
  entitiesRead: number;
  entitiesKept: number;
  nodesByKind: Record<string, number>;
  measuresByListType: Record<string, number>;
  measuresByKind: Record<string, number>;
  linksByRelation: Record<string, number>;
  roles: number;
  skipped: Record<string, number>;
  warnings: Record<string, number>;
}

/** Counts of what the file became, labelled as the app labels them. */
export function summariseImport(dataset: Dataset, report: LoadReport): FileSummary {
  return {
    entitiesRead: report.entitiesRead,
    entitiesKept: report.entitiesKept,
    nodesByKind: count(dataset.nodes.map((n) => NODE_KIND_LABEL[n.kind])),
    measuresByListType: count(dataset.measures.map((m) => (m.listType === undefined ? 'Sanctions' : LIST_TYPE_LABEL[m.listType]))),
    measuresByKind: count(dataset.measures.map((m) => MEASURE_KIND_LABEL[m.kind])),
    linksByRelation: count(dataset.links.map((l) => l.relation ?? 'link')),
    roles: dataset.roles.length,
    skipped: { ...report.skippedCounts },
    warnings: { ...report.warningCounts },
  };
}

/** The entities whose id, name or alias contains the text (case ignored); exact matches first. */
export function findEntities(dataset: Dataset, text: string): EntityNode[] {
  const q = text.trim().toLowerCase();
  const names = (n: EntityNode) => [n.id, n.name, n.chineseName ?? '', ...n.aliases.map((a) => a.name)].map((x) => x.toLowerCase());
  const exact = dataset.nodes.filter((n) => names(n).includes(q));
  const partial = dataset.nodes.filter((n) => !exact.includes(n) && names(n).some((x) => x.includes(q)));
  return [...exact, ...partial];
}

/** One entity as its panel tells it: who it is, its facts, its listings by list type, its connections. */
export function entityReport(dataset: Dataset, node: EntityNode) {
  const nameOf = new Map(dataset.nodes.map((n) => [n.id, n.name]));
  const against = dataset.measures.filter((m) => m.target === node.id);
  const sanctions = against.filter((m) => countsAsSanction(m.listType));
  const byList = new Map<ListType | 'sanctions', typeof against>();
  for (const m of against) {
    const key = m.listType ?? 'sanctions';
    byList.set(key, [...(byList.get(key) ?? []), m]);
  }
  const facts = (list: readonly Fact[] | undefined) => (list ?? []).map((f) => `${f.label}: ${f.value}`);
  return {
    id: node.id,
    name: node.name,
    kind: NODE_KIND_LABEL[node.kind],
    country: node.country,
    aliases: node.aliases.map((a) => (a.note === undefined ? a.name : `${a.name} (${a.note})`)),
    topics: node.topics ?? [],
    facts: facts(node.facts),
    sanctionedBy: new Set(sanctions.map((m) => m.body)).size,
    listings: Object.fromEntries(
      [...byList].map(([type, measures]) => [
        LIST_TYPE_LABEL[type],
        measures.map((m) => ({
          announced: m.undated === true ? 'undated' : m.announced,
          end: m.end,
          by: nameOf.get(m.body) ?? m.body,
          kind: MEASURE_KIND_LABEL[m.kind],
          legalBasis: m.legalBasis,
          program: m.program,
          provisions: (m.provisions ?? []).map((p) => p.text),
          facts: facts(m.facts),
        })),
      ]),
    ),
    connections: [
      ...dataset.links
        .filter((l) => l.source === node.id || l.target === node.id)
        .map((l) => ({
          relation: l.relation ?? 'link',
          direction: l.source === node.id ? 'to' : 'from',
          other: nameOf.get(l.source === node.id ? l.target : l.source),
          label: l.label,
          start: l.start,
          end: l.end,
          facts: facts(l.facts),
        })),
      ...dataset.roles
        .filter((r) => r.person === node.id || r.organization === node.id)
        .map((r) => ({
          relation: r.relation ?? 'post',
          direction: r.person === node.id ? 'to' : 'from',
          other: nameOf.get(r.person === node.id ? r.organization : r.person),
          label: r.title,
          start: r.start,
          end: r.end,
          facts: facts(r.facts),
        })),
    ],
  };
}
