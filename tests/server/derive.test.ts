// The rows one FtM entity gives the server (pure, no database): a Sanction is one measure per target, by the
// authority that imposed it, as in the browser importer.
import { describe, expect, it } from 'vitest';
import type { FtmEntity } from '../../src/core/data/ftm/entity.ts';
import { deriveRows } from '../../server/ingest/derive.ts';

const sanction = (authority: string[], country = 'us'): FtmEntity => ({
  id: 's',
  schema: 'Sanction',
  properties: { entity: ['p'], authority, country: [country], program: ['Entity List'], startDate: ['2023-11-02'] },
});

describe('a Sanction in the server', () => {
  it('is one measure by the first authority the table knows, not one per authority named', () => {
    const rows = deriveRows(sanction(['International Trade Administration', 'Bureau of Industry and Security']));
    expect(rows.measures.map((m) => [m.entityId, m.authorityId])).toEqual([['p', 'us-commerce']]);
  });

  it('is by the first named when the table knows none, and by "Authority not stated" when none is named', () => {
    expect(deriveRows(sanction(['Agency A', 'Agency B'], 'xx')).measures.map((m) => m.authority)).toEqual(['Agency A']);
    expect(deriveRows(sanction([])).measures.map((m) => m.authorityId)).toEqual(['authority-not-stated']);
  });

  it("takes Ukraine's NSDC, which decides, over the SBU, which proposes", () => {
    const rows = deriveRows(sanction(['Служба безпеки України', 'National Security and Defense Council'], 'ua'));
    expect(rows.measures.map((m) => m.authorityId)).toEqual(['ua-nsdc']);
  });

  it("takes a member's registry listing of the EU's programme as the EU's", () => {
    const entity: FtmEntity = { ...sanction(['Federal Public Service Finance'], 'be') };
    entity.properties = { ...entity.properties, programId: ['EU-UKR'] };
    expect(deriveRows(entity).measures.map((m) => m.authorityId)).toEqual(['eu']);
  });

  it("keeps a Swiss listing under the EU's id Swiss, and an EU listing with no authority the EU's, as the browser", () => {
    const swiss: FtmEntity = { ...sanction(['State Secretariat for Economic Affairs'], 'ch') };
    swiss.properties = { ...swiss.properties, programId: ['EU-UKR'] };
    expect(deriveRows(swiss).measures.map((m) => m.authorityId)).toEqual(['ch-seco']);
    const none: FtmEntity = { ...sanction([], 'be') };
    none.properties = { ...none.properties, programId: ['EU-UKR'] };
    expect(deriveRows(none).measures.map((m) => m.authorityId)).toEqual(['eu']);
  });
});
