// Identity judgements: judged-same nodes merge into one node with every name, measure and source; split keeps them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../../scripts/lib/readDataFolder.ts';
import { datasetToFtm } from '../../../src/core/data/export/ftm.ts';
import { datasetForView, identityOfNode, mergeIdentities } from '../../../src/core/graph/identities.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';

function bundled(): Dataset {
  const { dataset } = checkDataFolder(join(import.meta.dirname, '../../../data'));
  if (!dataset) throw new Error('data/ does not validate');
  return dataset;
}

describe('mergeIdentities', () => {
  it('joins the XPSB and the Entity List bureau: one node, both names, the 2019 listing and the 2020 blocking', () => {
    const recorded = bundled();
    const merged = mergeIdentities(recorded);
    expect(merged.nodes.some((n) => n.id === 'xuar-psb-2019')).toBe(false);
    const xpsb = merged.nodes.find((n) => n.id === 'xpsb');
    expect(xpsb?.name).toBe('Xinjiang Public Security Bureau');
    expect(xpsb?.aliases.map((a) => a.name)).toContain("XUAR People's Government Public Security Bureau");
    const against = merged.measures.filter((m) => m.target === 'xpsb').map((m) => m.id);
    expect(against).toEqual(expect.arrayContaining(['m-2019-10-07-bis-xuar-psb-2019', 'm-2020-07-09-treasury-xpsb']));
    // The judgement's sources and the other record's sources come along.
    expect(xpsb?.sources).toEqual(
      expect.arrayContaining(['federal-register-84fr54002', 'safeguard-defenders-2019-10-08', 'treasury-sm1055']),
    );
    // Nothing else changes, and the recorded dataset is left as it was.
    expect(merged.measures).toHaveLength(recorded.measures.length);
    expect(merged.nodes).toHaveLength(recorded.nodes.length - 1);
    expect(recorded.nodes.some((n) => n.id === 'xuar-psb-2019')).toBe(true);
  });

  it('leaves a dataset without judgements, and the split view, as recorded', () => {
    const recorded = bundled();
    expect(datasetForView(recorded, 'split')).toBe(recorded);
    const none = { ...recorded, identities: [] };
    expect(mergeIdentities(none)).toBe(none);
  });

  it('merges nothing on a "possibly" judgement, but the panels can still tell it', () => {
    const recorded = bundled();
    const possibly: Dataset = {
      ...recorded,
      identities: (recorded.identities ?? []).map((j) => ({ ...j, judgement: 'possibly' as const })),
    };
    expect(mergeIdentities(possibly).nodes).toHaveLength(recorded.nodes.length);
    const shown = new Set(possibly.nodes.map((n) => n.id));
    const told = identityOfNode(possibly, 'xuar-psb-2019', shown);
    expect(told?.merged).toBe(false);
    expect(told?.members.map((n) => n.id)).toEqual(['xpsb', 'xuar-psb-2019']);
  });

  it('says a shown node is merged when the other members are not in the graph', () => {
    const recorded = bundled();
    const shown = new Set(mergeIdentities(recorded).nodes.map((n) => n.id));
    expect(identityOfNode(recorded, 'xpsb', shown)?.merged).toBe(true);
    expect(identityOfNode(recorded, 'chen-quanguo', shown)).toBeNull();
  });
});

describe('the FollowTheMoney export of judged-same nodes', () => {
  it('writes one entity with both ids in referents, and its sanctions point at it', () => {
    const entities = datasetToFtm(bundled());
    const xpsb = entities.find((e) => e.id === 'xpsb');
    expect(xpsb?.referents).toEqual(['xpsb', 'xuar-psb-2019']);
    expect(xpsb?.properties.alias).toContain("XUAR People's Government Public Security Bureau");
    expect(entities.some((e) => e.id === 'xuar-psb-2019')).toBe(false);
    const listing = entities.find((e) => e.id === 'm-2019-10-07-bis-xuar-psb-2019');
    expect(listing?.properties.entity).toEqual(['xpsb']);
  });
});
