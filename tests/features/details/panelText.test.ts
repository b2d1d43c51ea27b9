import { describe, expect, it } from 'vitest';
import { summariseMeasures } from '../../../src/core/graph/queries.ts';
import { splitPostTitle, statusLine, tellApart, topicOnlyStatus } from '../../../src/features/details/panelText.ts';
import type { Measure } from '../../../src/core/model/schema.ts';

const measures = [
  { body: 'us-treasury', announced: '2020-07-09' },
  { body: 'us-state', announced: '2020-07-09' },
  { body: 'us-treasury', announced: '2021-03-22' },
];

describe('statusLine', () => {
  const all = summariseMeasures(measures);

  it('names the bodies and the first measure, in the given locale', () => {
    expect(statusLine(all, all, null, 'en-GB')).toBe('Sanctioned by 2 bodies since 9 July 2020');
  });

  it('follows the "as of" date: counts only what was announced by then and says how many came later', () => {
    const shown = summariseMeasures(measures.filter((m) => m.announced <= '2020-12-31'));
    expect(statusLine(all, shown, '2020-12-31', 'en-GB')).toBe(
      'As of 31 December 2020: sanctioned by 2 bodies since 9 July 2020 (1 later measure not counted)',
    );
    const none = summariseMeasures([]);
    expect(statusLine(all, none, '2020-01-01', 'en-GB')).toBe(
      'As of 1 January 2020: not yet sanctioned (first measure 9 July 2020)',
    );
  });

  it('says nothing for a node with no measure', () => {
    const none = summariseMeasures([]);
    expect(statusLine(none, none, null)).toBeNull();
  });
});

describe('splitPostTitle', () => {
  it('finds the organisation inside the title so its name is written once', () => {
    expect(
      splitPostTitle(
        'Secretary of the XUAR Political and Legal Affairs Committee',
        'XUAR Political and Legal Affairs Committee',
      ),
    ).toEqual({ before: 'Secretary of the ', after: '' });
  });

  it('leaves a title that does not name its organisation alone', () => {
    expect(
      splitPostTitle('Party Secretary of the Xinjiang Uyghur Autonomous Region', 'XUAR Party Committee'),
    ).toBeNull();
  });
});

describe('statusLine with a listing dated only by when it was first seen', () => {
  it('says "or earlier" after the date', () => {
    const all = summariseMeasures([{ body: 'mc', announced: '2025-02-26', announcedBy: true }]);
    expect(statusLine(all, all, null, 'en-GB')).toBe('Sanctioned by 1 body since 26 February 2025 or earlier');
  });
});

describe('topicOnlyStatus', () => {
  it('says an entity the file marks as sanctioned, with no listing, is sanctioned by an unstated body', () => {
    expect(topicOnlyStatus(['sanction'], 0)).toMatch(/^Marked as sanctioned in the file.*not stated\.$/);
  });

  it('names the source lists the entity comes from, which say where to look', () => {
    expect(topicOnlyStatus(['sanction'], 0, ['eu_fsf', 'gb_hmt_sanctions'])).toMatch(
      /not stated\. It comes from the source lists eu_fsf and gb_hmt_sanctions\.$/,
    );
    expect(topicOnlyStatus(['sanction'], 0, ['eu_fsf'])).toMatch(/It comes from the source list eu_fsf\.$/);
    // A dozen lists would bury the sentence: three by name, then how many more.
    expect(topicOnlyStatus(['sanction'], 0, ['a', 'b', 'c', 'd', 'e'])).toMatch(
      /It comes from the source lists a, b, c and 2 more\.$/,
    );
  });

  it('says nothing when a listing tells more, or the file does not mark it as sanctioned', () => {
    expect(topicOnlyStatus(['sanction'], 1)).toBeNull();
    expect(topicOnlyStatus(['role.pep'], 0)).toBeNull();
    expect(topicOnlyStatus(undefined, 0)).toBeNull();
  });
});

describe('tellApart', () => {
  const measure = (id: string, facts: { label: string; value: string }[] = [], body = 'us-treasury'): Measure => ({
    id,
    kind: 'blocking',
    body,
    target: 'cst',
    action: 'a',
    announced: '2023-11-02',
    legalBasis: 'RUSSIA-EO14024',
    program: 'US-RUSHAR',
    description: '',
    family: 'unknown',
    status: 'unknown',
    confidence: 'confirmed',
    notes: [],
    sources: ['s'],
    facts: facts.map((f) => ({ ...f, group: 'about' as const })),
  });

  it('tells two OFAC records of one target apart by their listing ids', () => {
    const told = tellApart([
      measure('a', [{ label: 'Listing id', value: '45928' }]),
      measure('b', [{ label: 'Listing id', value: '45934' }]),
      measure('c', [], 'eu'),
    ]);
    expect([...told]).toEqual([
      ['a', 'listing 45928'],
      ['b', 'listing 45934'],
    ]);
  });

  it('says "one of n alike records" when no fact tells them all apart', () => {
    const told = tellApart([
      measure('a', [{ label: 'Listing date', value: '2025-02-13' }]),
      measure('b', [{ label: 'Listing date', value: '2025-02-13' }]),
      measure('c', [{ label: 'Listing date', value: '2025-02-14' }]),
    ]);
    expect(told.get('a')).toBe('one of 3 alike records');
    expect(told.size).toBe(3);
  });

  it('uses the listing date when that differs, written as a reader writes dates', () => {
    const told = tellApart(
      [
        measure('a', [{ label: 'Listing date', value: '2025-02-13' }]),
        measure('b', [{ label: 'Listing date', value: '2025-02-14' }]),
      ],
      'en-GB',
    );
    expect(told.get('a')).toBe('listed 13 February 2025');
  });
});
