// A tiny inline dataset for the algorithm tests: three bodies, a few targets, roles with exact, partial
// and unknown dates, a link between two otherwise unconnected organisations, and one lonely node.
import { buildGraph, type SanctionsGraph } from '../../../src/core/graph/build.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';
import { action, link, measure, node, role } from '../../builders.ts';

export function tinyDataset(): Dataset {
  return {
    info: { id: 'tiny', title: 'Tiny', version: '1' },
    sources: [],
    nodes: [
      node({ id: 'treasury', kind: 'sanctioningBody', name: 'US Treasury', country: 'US' }),
      node({ id: 'state', kind: 'sanctioningBody', name: 'US State', country: 'US' }),
      node({ id: 'mfa', kind: 'sanctioningBody', name: 'PRC MFA', country: 'CN' }),
      node({ id: 'alice', kind: 'person', name: 'Alice', country: 'CN' }),
      node({ id: 'bob', kind: 'person', name: 'Bob', country: 'CN' }),
      node({ id: 'carol', kind: 'person', name: 'Carol', country: 'US' }),
      node({ id: 'lonely', kind: 'person', name: 'Lonely' }),
      node({ id: 'acme', kind: 'company', name: 'Acme', country: 'CN' }),
      node({ id: 'bureau', kind: 'agency', name: 'Bureau', country: 'CN' }),
      node({ id: 'island-a', kind: 'organization', name: 'Island A' }),
      node({ id: 'island-b', kind: 'organization', name: 'Island B' }),
    ],
    measures: [
      measure({
        id: 'm-alice-blocking',
        body: 'treasury',
        target: 'alice',
        kind: 'blocking',
        announced: '2020-07-09',
        action: 'a1',
        status: 'inForce',
      }),
      measure({
        id: 'm-alice-visa',
        body: 'state',
        target: 'alice',
        kind: 'visaBan',
        announced: '2020-07-09',
        action: 'a2',
        status: 'inForce',
      }),
      measure({
        id: 'm-acme-investment',
        body: 'treasury',
        target: 'acme',
        kind: 'investmentBan',
        announced: '2021-12-10',
        action: 'a3',
        status: 'inForce',
      }),
      measure({
        id: 'm-alice-visa-treasury',
        body: 'treasury',
        target: 'alice',
        kind: 'visaBan',
        announced: '2021-12-10',
        action: 'a3',
        status: 'inForce',
      }),
      measure({
        id: 'm-carol-counter',
        body: 'mfa',
        target: 'carol',
        kind: 'counterSanction',
        announced: '2021-12-21',
        action: 'a4',
        status: 'inForce',
      }),
      measure({
        id: 'm-bureau-blocking',
        body: 'treasury',
        target: 'bureau',
        kind: 'blocking',
        announced: '2019',
        action: 'a5',
        status: 'lifted',
      }),
    ],
    roles: [
      role({
        id: 'r-alice-bureau',
        person: 'alice',
        organization: 'bureau',
        title: 'Secretary',
        start: '2016-08',
        end: '2021-12-25',
      }),
      role({ id: 'r-bob-bureau', person: 'bob', organization: 'bureau', title: 'Director', start: 'unknown' }),
      role({ id: 'r-bob-acme', person: 'bob', organization: 'acme', title: 'Adviser', start: '2022' }),
    ],
    actions: [
      action({ id: 'a1', date: '2020-07-09', body: 'treasury', title: 'Treasury blocks Alice' }),
      action({ id: 'a2', date: '2020-07-09', body: 'state', title: 'State bars Alice' }),
      action({ id: 'a3', date: '2021-12-10', body: 'treasury', title: 'Treasury lists Acme' }),
      action({ id: 'a4', date: '2021-12-21', body: 'mfa', title: 'MFA answers', respondsTo: ['a3', 'a-not-in-data'] }),
      action({ id: 'a5', date: '2019', body: 'treasury', title: 'Treasury blocks the Bureau' }),
      action({ id: 'a6', date: '2022-01-10', body: 'state', title: 'State condemns the answer', respondsTo: ['a4'] }),
    ],
    links: [link({ id: 'l-islands', source: 'island-a', target: 'island-b', label: 'owns' })],
  };
}

export function tinyGraph(): SanctionsGraph {
  return buildGraph(tinyDataset());
}

/** Sorted ids, for readable assertions. */
export function ids(set: Iterable<string>): string[] {
  return [...set].sort();
}
