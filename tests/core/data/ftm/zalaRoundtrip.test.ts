// The real Zala Aero file through the FtM export and back: the same graph (nodes, measures, relations and
// their facts), so an export of an imported file loses nothing the panels show.
import { describe, expect, it } from 'vitest';
import { datasetToFtm, ftmToJsonLines } from '../../../../src/core/data/export/ftm.ts';
import { LINK_SCHEMA_ENDS } from '../../../../src/core/data/ftm/conventions.ts';
import { importFtmText } from '../../../../src/core/data/ftm/importer.ts';
import { schemaOf } from '../../../../src/core/data/ftm/model.ts';
import type { Dataset } from '../../../../src/core/model/schema.ts';
import { readRealFile, REALDATA_DIR } from './realdata.ts';

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r]));
// Passport and Identification facts are not written back (the export has no identity documents).
const factSet = (facts: readonly { label: string; value: string }[] | undefined) =>
  (facts ?? [])
    .filter((f) => f.label !== 'Passport' && f.label !== 'Identification')
    .map((f) => `${f.label}=${f.value}`)
    .sort();

describe('the conventions shared by export and import', () => {
  it('write each relationship back with the ends the FtM model gives its schema', () => {
    for (const [schema, ends] of Object.entries(LINK_SCHEMA_ENDS)) {
      const edge = schemaOf(schema)?.edge;
      expect({ source: edge?.source, target: edge?.target }, schema).toEqual(ends);
    }
  });
});

describe.skipIf(REALDATA_DIR === undefined)('zala.ftm.json: import, export, import (skipped: ../shared/realdata is absent)', () => {
  const first: Dataset = importFtmText(readRealFile('zala.ftm.json'), { fileName: 'zala.ftm.json' }).dataset;
  const again = importFtmText(ftmToJsonLines(datasetToFtm(first)), { fileName: 'zala.ftm.json' });
  const second = again.dataset;

  it('skips nothing and gives the same nodes, with their names, kinds, countries, aliases and facts', () => {
    expect(again.report.skipped).toEqual([]);
    const nodes = byId(second.nodes);
    expect([...nodes.keys()].sort()).toEqual(first.nodes.map((n) => n.id).sort());
    for (const node of first.nodes) {
      const back = nodes.get(node.id);
      expect([back?.name, back?.kind, back?.country], node.id).toEqual([node.name, node.kind, node.country]);
      expect(back?.aliases.map((a) => a.name).sort(), node.id).toEqual(node.aliases.map((a) => a.name).sort());
      expect(factSet(back?.facts), node.id).toEqual(factSet(node.facts));
    }
  });

  it('gives the same measures: target, body, kind, list type, dates (those only first seen too) and provisions', () => {
    expect(first.measures.some((m) => m.announcedBy === true)).toBe(true);
    const measures = byId(second.measures);
    expect([...measures.keys()].sort()).toEqual(first.measures.map((m) => m.id).sort());
    for (const m of first.measures) {
      const back = measures.get(m.id);
      const fields = (x: typeof m | undefined) => [x?.target, x?.body, x?.kind, x?.listType, x?.announced, x?.announcedBy, x?.end, x?.provisions];
      expect(fields(back), m.id).toEqual(fields(m));
    }
  });

  it('gives the same relations, typed, with their facts', () => {
    const links = byId(second.links);
    for (const l of first.links) {
      const back = links.get(l.id);
      expect([back?.source, back?.target, back?.relation, back?.label, back?.start, back?.end], l.id).toEqual([
        l.source, l.target, l.relation, l.label, l.start, l.end,
      ]);
      expect(factSet(back?.facts), l.id).toEqual(factSet(l.facts));
    }
    expect(second.roles.map((r) => [r.id, r.person, r.organization, r.title]).sort()).toEqual(
      first.roles.map((r) => [r.id, r.person, r.organization, r.title]).sort(),
    );
  });
});
