// A tiny inline dataset for the algorithm tests: three bodies, a few targets, roles with exact, partial
// and unknown dates, a link between two otherwise unconnected organisations, and one lonely node.
import { buildGraph, type SanctionsGraph } from '../../../src/core/graph/build.ts';
import {
  actionSchema,
  linkSchema,
  measureSchema,
  nodeSchema,
  roleSchema,
  type Action,
  type Dataset,
  type MeasureKind,
  type NodeKind,
} from '../../../src/core/model/schema.ts';

const sources = ['src-1'];

function node(id: string, kind: NodeKind, name: string, country?: string) {
  return nodeSchema.parse({ id, kind, name, country, description: `${name}, for tests`, sources });
}

function measure(
  id: string,
  body: string,
  target: string,
  kind: MeasureKind,
  announced: string,
  action: string,
  status = 'inForce',
) {
  return measureSchema.parse({
    id,
    body,
    target,
    kind,
    announced,
    action,
    status,
    legalBasis: 'Test law',
    description: 'test',
    sources,
  });
}

function role(id: string, person: string, organization: string, title: string, start: string, end?: string) {
  return roleSchema.parse({ id, person, organization, title, start, end, status: end ? 'former' : 'current', sources });
}

function action(id: string, date: string, body: string, title: string, respondsTo: string[] = []): Action {
  return actionSchema.parse({ id, date, body, title, respondsTo, description: title, sources });
}

export function tinyDataset(): Dataset {
  return {
    info: { id: 'tiny', title: 'Tiny', version: '1' },
    sources: [],
    nodes: [
      node('treasury', 'sanctioningBody', 'US Treasury', 'US'),
      node('state', 'sanctioningBody', 'US State', 'US'),
      node('mfa', 'sanctioningBody', 'PRC MFA', 'CN'),
      node('alice', 'person', 'Alice', 'CN'),
      node('bob', 'person', 'Bob', 'CN'),
      node('carol', 'person', 'Carol', 'US'),
      node('lonely', 'person', 'Lonely'),
      node('acme', 'company', 'Acme', 'CN'),
      node('bureau', 'agency', 'Bureau', 'CN'),
      node('island-a', 'organization', 'Island A'),
      node('island-b', 'organization', 'Island B'),
    ],
    measures: [
      measure('m-alice-blocking', 'treasury', 'alice', 'blocking', '2020-07-09', 'a1'),
      measure('m-alice-visa', 'state', 'alice', 'visaBan', '2020-07-09', 'a2'),
      measure('m-acme-investment', 'treasury', 'acme', 'investmentBan', '2021-12-10', 'a3'),
      measure('m-alice-visa-treasury', 'treasury', 'alice', 'visaBan', '2021-12-10', 'a3'),
      measure('m-carol-counter', 'mfa', 'carol', 'counterSanction', '2021-12-21', 'a4'),
      measure('m-bureau-blocking', 'treasury', 'bureau', 'blocking', '2019', 'a5', 'lifted'),
    ],
    roles: [
      role('r-alice-bureau', 'alice', 'bureau', 'Secretary', '2016-08', '2021-12-25'),
      role('r-bob-bureau', 'bob', 'bureau', 'Director', 'unknown'),
      role('r-bob-acme', 'bob', 'acme', 'Adviser', '2022'),
    ],
    actions: [
      action('a1', '2020-07-09', 'treasury', 'Treasury blocks Alice'),
      action('a2', '2020-07-09', 'state', 'State bars Alice'),
      action('a3', '2021-12-10', 'treasury', 'Treasury lists Acme'),
      action('a4', '2021-12-21', 'mfa', 'MFA answers', ['a3', 'a-not-in-data']),
      action('a5', '2019', 'treasury', 'Treasury blocks the Bureau'),
      action('a6', '2022-01-10', 'state', 'State condemns the answer', ['a4']),
    ],
    links: [linkSchema.parse({ id: 'l-islands', source: 'island-a', target: 'island-b', label: 'owns', sources })],
  };
}

export function tinyGraph(): SanctionsGraph {
  return buildGraph(tinyDataset());
}

/** Sorted ids, for readable assertions. */
export function ids(set: Iterable<string>): string[] {
  return [...set].sort();
}
