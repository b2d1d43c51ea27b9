// Name search as a reader types it: a long name with a typo finds that name first, not names that only share
// its common words; a short query still finds every longer name containing it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchEntities } from '../../server/api/queries.ts';
import type { Database } from '../../server/db/types.ts';
import { ingestFile } from '../../server/ingest/ingest.ts';
import { ftmLines, tempFile, TEST_DATABASES } from './databases.ts';

const person = (id: string, name: string) => ({ id, schema: 'Person', properties: { name: [name] } });
const company = (id: string, name: string) => ({ id, schema: 'Company', properties: { name: [name] } });

const NAMES = [
  person('p-yuri', 'Yuri Olegovich Orlov'),
  person('p-alexei', 'Alexei Olegovich Orlov'),
  person('p-andrei', 'Andrei Olegovich Orlov'),
  company('c-star', 'Star Industrial Corporation'),
  company('c-volga', 'Volga Star Industrial Corporation'),
  company('c-arctic', 'Arctic Industrial Corporation'),
  company('c-crystal', 'Crystal Minerals Industrial Corporation'),
];

describe.each(TEST_DATABASES)('name search on $name', ({ open }) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await open());
    await ingestFile(db, tempFile('names.ftm.json', ftmLines(NAMES)));
  }, 60_000);
  afterAll(async () => drop());

  const ids = async (q: string) => (await searchEntities(db, { q, limit: 10, offset: 0 })).items.map((i) => i.id);

  it('ranks the name the reader mistyped above names sharing its patronymic and surname', async () => {
    // "Alexei Olegovich Orlov" contains more of this query's trigrams as words than "Yuri..." does as a whole.
    expect((await ids('Yui Olegovich Orlov'))[0]).toBe('p-yuri');
  });

  it('finds a long company name despite a dropped letter, without the names that only share "Industrial Corporation"', async () => {
    const hits = await ids('Star Indstrial Corporation');
    expect(hits[0]).toBe('c-star');
    expect(hits).not.toContain('c-crystal');
  });

  it('a short query still finds every longer name containing it', async () => {
    expect((await ids('Orlov')).sort()).toEqual(['p-alexei', 'p-andrei', 'p-yuri']);
    expect((await ids('Industrial')).sort()).toEqual(['c-arctic', 'c-crystal', 'c-star', 'c-volga']);
  });

  it('leaves the database thresholds as they were after a search', async () => {
    await ids('Star Indstrial Corporation');
    const [row] = await db.query<{ similarity: string; word: string }>(
      `SELECT current_setting('pg_trgm.similarity_threshold') AS similarity,
              current_setting('pg_trgm.word_similarity_threshold') AS word`,
    );
    expect(row).toEqual({ similarity: '0.4', word: '0.6' });
  });
});
