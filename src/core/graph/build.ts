// Builds the graphology graph from a validated Dataset. Nodes carry their record; edges carry
// { kind, record } so a query can tell a measure from a role without looking anything up.
import type { Dataset, EntityNode, Link, Measure, Role } from '../model/schema.ts';
import { IdGraph } from './idGraph.ts';
import { runToEnd } from '../runToEnd.ts';

export type EdgeAttributes =
  { kind: 'measure'; record: Measure } | { kind: 'role'; record: Role } | { kind: 'link'; record: Link };
export type EdgeKind = EdgeAttributes['kind'];

/** Node ids are data (any string): IdGraph keeps them from colliding with graphology's internals. */
export type SanctionsGraph = IdGraph<EntityNode, EdgeAttributes>;

/**
 * One node per entity, one edge per measure (body -> target), role (person -> organisation) and link.
 * Edge keys are the record ids. Expects a validated dataset: a dangling reference throws.
 */
export function buildGraph(dataset: Dataset): SanctionsGraph {
  return runToEnd(buildGraphInSlices(dataset, Infinity));
}

/**
 * buildGraph in slices: pauses (yields) after every `slice` records, so that a caller on the page can let
 * it paint and take input between slices of a large dataset. Returns the graph when done.
 */
export function* buildGraphInSlices(dataset: Dataset, slice = 20_000): Generator<void, SanctionsGraph> {
  const graph: SanctionsGraph = new IdGraph<EntityNode, EdgeAttributes>();
  let added = 0;
  const due = () => ++added % slice === 0;
  for (const node of dataset.nodes) {
    graph.addNode(node.id, node);
    if (due()) yield;
  }
  for (const measure of dataset.measures) {
    graph.addDirectedEdgeWithKey(measure.id, measure.body, measure.target, { kind: 'measure', record: measure });
    if (due()) yield;
  }
  for (const role of dataset.roles) {
    graph.addDirectedEdgeWithKey(role.id, role.person, role.organization, { kind: 'role', record: role });
    if (due()) yield;
  }
  for (const link of dataset.links) {
    graph.addDirectedEdgeWithKey(link.id, link.source, link.target, { kind: 'link', record: link });
    if (due()) yield;
  }
  return graph;
}
