import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../server/db/types.ts';
import { ingestFile } from '../../server/ingest/ingest.ts';
import { getEntity, getNeighbours, searchEntities } from '../../server/api/queries.ts';
import { ftmLines, tempFile, TEST_DATABASES } from './databases.ts';
import { FIXTURE } from './fixture.ts';

describe.each(TEST_DATABASES)('ingest into $name', ({ open }) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await open());
  }, 60_000);
  afterAll(async () => drop());

  it('loads every entity, with names, identifiers, typed edges and measures from the shared mapping', async () => {
    const result = await ingestFile(db, tempFile('v1.ftm.json', ftmLines(FIXTURE)));
    expect(result.entities).toBe(FIXTURE.length);
    expect(result.skipped).toBe(0);
    const abbasi = await getEntity(db, 'p-abbasi');
    expect(abbasi?.caption).toBe('Ahmad Abbasi');
    // The OFAC text is resolved by the browser importer's authority table; SDGT gives a blocking measure.
    expect(abbasi?.measures).toEqual([
      expect.objectContaining({ authorityId: 'us-treasury', kind: 'blocking', sanctionId: 's-ofac-1' }),
    ]);
    expect(abbasi?.relationCounts).toEqual(
      expect.arrayContaining([
        { type: 'ownership', direction: 'out', count: 1 },
        { type: 'family', direction: 'out', count: 1 },
      ]),
    );
    // One UK Sanction with "Asset freeze" and "Travel ban" is one measure of its weightiest kind, as in the browser.
    const star = await getEntity(db, 'c-star');
    expect(star?.measures.map((m) => m.kind)).toEqual(['blocking']);
    // The family label is the browser's ("family: spouse").
    const { items } = await getNeighbours(db, { id: 'p-leila', limit: 10, offset: 0 });
    expect(items).toEqual([
      expect.objectContaining({ id: 'p-abbasi', type: 'family', direction: 'in', label: 'family: spouse' }),
    ]);
    // A passport number is its holder's identifier.
    const byPassport = await searchEntities(db, { q: 'x 123 4567', limit: 5, offset: 0 });
    expect(byPassport.items[0]).toMatchObject({ id: 'p-abbasi', matched: 'X1234567' });
  });

  it('reports a broken line with its number and goes on', async () => {
    const lines = ftmLines(FIXTURE).split('\n');
    lines.splice(2, 0, '{"id": "broken", "schema": "Person", "prop');
    lines.splice(4, 0, '{"id": "x", "schema": "Spaceship", "properties": {}}');
    const result = await ingestFile(db, tempFile('broken.ftm.json', lines.join('\n')));
    expect(result.entities).toBe(FIXTURE.length);
    expect(result.skippedLines).toEqual([
      expect.objectContaining({ line: 3, problem: 'badJson' }),
      expect.objectContaining({ line: 5, problem: 'unknownSchema' }),
    ]);
  });

  it('reads gzip and an OpenSanctions nested export', async () => {
    const nested = {
      id: 'p-nested',
      schema: 'Person',
      properties: {
        name: ['Oleg Volkov'],
        sanctions: [
          { id: 's-nested', schema: 'Sanction', properties: { authority: ['European Union'], program: ['EU-RUS'] } },
        ],
        ownershipOwner: [
          {
            id: 'own-nested',
            schema: 'Ownership',
            properties: { asset: [{ id: 'c-nested', schema: 'Company', properties: { name: ['Volga Energy JSC'] } }] },
          },
        ],
      },
    };
    const result = await ingestFile(db, tempFile('nested.json.gz', gzipSync(ftmLines([nested]))));
    expect(result.entities).toBe(4);
    const volkov = await getEntity(db, 'p-nested');
    expect(volkov?.measures).toEqual([expect.objectContaining({ sanctionId: 's-nested', authorityId: 'eu' })]);
    const { items } = await getNeighbours(db, { id: 'p-nested', limit: 10, offset: 0 });
    expect(items).toEqual([expect.objectContaining({ id: 'c-nested', type: 'ownership', direction: 'out' })]);
  });

  it('merges the lines of one id (fragments) into one entity, its values in file order', async () => {
    const lines = [
      { id: 'p-frag', schema: 'Person', properties: { name: ['Ivan Petrov'], nationality: ['ru'] } },
      { id: 'c-between', schema: 'Company', properties: { name: ['Back\\slash\tLLC'], notes: ['one\ntwo \\N'] } },
      { id: 'p-frag', schema: 'Person', properties: { name: ['Ivan Petrov', 'Ivan Petroff'], birthDate: ['1970'] } },
      { id: 'p-frag', schema: 'Person', properties: { alias: ['Vanya'] } },
    ];
    // Batches of two: the fragments land in different batches, a backslash and a tab test COPY's escaping.
    const result = await ingestFile(db, tempFile('fragments.ftm.json', ftmLines(lines)), { batchSize: 2 });
    expect(result.entities).toBe(2);
    expect((await getEntity(db, 'p-frag'))?.properties).toEqual({
      name: ['Ivan Petrov', 'Ivan Petroff'],
      nationality: ['ru'],
      birthDate: ['1970'],
      alias: ['Vanya'],
    });
    expect((await getEntity(db, 'c-between'))?.properties.notes).toEqual(['one\ntwo \\N']);
    const hits = await searchEntities(db, { q: 'Ivan Petrov', limit: 10, offset: 0 });
    expect(hits.items.map((i) => i.id)).toEqual(['p-frag']);
  });

  it('re-ingesting a newer export updates entities in place and deletes those no longer in it', async () => {
    await ingestFile(db, tempFile('v1.ftm.json', ftmLines(FIXTURE)));
    const v2 = FIXTURE.filter((e) => e.id !== 'p-leila' && e.id !== 'fam-1').map((e) =>
      e.id === 'p-wang' ? { ...e, properties: { ...e.properties, name: ['Wang Junhai (renamed)'] } } : e,
    );
    await ingestFile(db, tempFile('v2.ftm.json', ftmLines(v2)));
    expect(await getEntity(db, 'p-leila')).toBeUndefined();
    expect((await getEntity(db, 'p-wang'))?.caption).toBe('Wang Junhai (renamed)');
    const abbasi = await getEntity(db, 'p-abbasi');
    expect(abbasi?.relationCounts.map((c) => c.type)).not.toContain('family');
    expect((await searchEntities(db, { q: 'Leila Abbasi', limit: 5, offset: 0 })).items.map((i) => i.id)).not.toContain(
      'p-leila',
    );
  });

  it('a failed import leaves the previous one in place', async () => {
    await ingestFile(db, tempFile('v1.ftm.json', ftmLines(FIXTURE)));
    // A database that fails on the second batch, as a full disk or a lost connection would.
    let batches = 0;
    const failOnSecondBatch = (q: Queryable): Queryable => ({
      ...q,
      copyFrom: async (table, columns, text) => {
        if (table === 'explorer_staging.entities' && ++batches === 2)
          throw new Error('could not extend file: No space left on device');
        return q.copyFrom(table, columns, text);
      },
    });
    const failing: Database = {
      ...db,
      ...failOnSecondBatch(db),
      transaction: (work) => db.transaction((tx) => work(failOnSecondBatch(tx))),
      close: () => db.close(),
    };
    const bigger = [...FIXTURE, ...FIXTURE.map((e) => ({ ...e, id: `${e.id}-copy` }))];
    await expect(ingestFile(failing, tempFile('v3.ftm.json', ftmLines(bigger)), { batchSize: 5 })).rejects.toThrow(
      /stopped after .*No space left on device.*previous import.*still in place/,
    );
    expect((await getEntity(db, 'p-leila'))?.caption).toBe('Leila Abbasi');
    expect(await getEntity(db, 'p-leila-copy')).toBeUndefined();
  });
});
