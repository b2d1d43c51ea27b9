// One test per import rule that has no real file to show it: list types, scripts, payments, assets,
// authorities keyed by country, and what the panels count.
import { describe, expect, it } from 'vitest';
import { listTypeOf } from '../../../../src/core/data/ftm/lists.ts';
import { normaliseAuthority } from '../../../../src/core/data/ftm/authority.ts';
import { importFtmText } from '../../../../src/core/data/ftm/importer.ts';
import { datasetToFtm, ftmToJsonLines } from '../../../../src/core/data/export/ftm.ts';
import { chineseNameOf, scriptNote } from '../../../../src/core/data/ftm/scripts.ts';
import { cleanText as cleanFtmText } from '../../../../src/core/data/ftm/text.ts';
import { filterOptionCounts, visibleElements } from '../../../../src/core/algorithms/filters.ts';
import { buildGraph } from '../../../../src/core/graph/build.ts';
import { defaultViewState } from '../../../../src/core/view/viewState.ts';
import { connectionHeading } from '../../../../src/core/graph/connections.ts';
import { sanctionSummary } from '../../../../src/core/graph/queries.ts';
import { buildNameIndex, search } from '../../../../src/core/search/nameIndex.ts';
import { byId, fixture, problemsOf } from './helpers.ts';

describe('list types', () => {
  it('come from the OpenSanctions dataset ids, never from the schema name', () => {
    expect(listTypeOf(['us_ofac_sdn'], [], [], [])).toBe('sanctions');
    expect(listTypeOf(['gb_coh_disqualified'], [], [], ['sanction'])).toBe('directorDisqualification');
    expect(listTypeOf(['us_sam_exclusions'], [], [], ['sanction'])).toBe('debarment');
    expect(listTypeOf(['jp_meti_ru'], [], [], [])).toBe('exportControl');
    expect(listTypeOf(['ua_war_sanctions'], [], [], [])).toBe('watchlist');
    expect(listTypeOf(['us_klepto_hr_visa'], [], [], [])).toBe('sanctions');
  });

  it('read a mixed collection by program, and leave unknown ids unknown', () => {
    expect(listTypeOf(['us_trade_csl'], ['US-BIS-EL'], [], [])).toBe('exportControl');
    expect(listTypeOf(['us_trade_csl'], [], [], [])).toBe('unknown');
    // The CSL writes ITAR debarment as US-AECA-DEBARRED (OpenSanctions' us_trade_csl.yml), not US-DDTC-*.
    expect(listTypeOf(['us_trade_csl'], ['US-AECA-DEBARRED'], [], [])).toBe('debarment');
    expect(listTypeOf(['us_trade_csl'], ['US-DDTC-SD'], [], [])).toBe('unknown');
    expect(listTypeOf(['us_trade_csl'], ['US-DOS-ISN'], [], [])).toBe('sanctions');
    expect(listTypeOf(['cn_sanctions'], ['CN-CML'], [], [])).toBe('sanctions');
    expect(listTypeOf(['cn_sanctions'], ['CN-ECWL'], [], [])).toBe('exportControl');
    expect(listTypeOf(['cn_sanctions'], [], ['sanction.counter'], [])).toBe('sanctions');
    expect(listTypeOf(['us_ddtc_debarred'], ['US-DDTC-SD'], [], [])).toBe('debarment');
    expect(listTypeOf(['xx_some_new_list'], [], [], ['sanction'])).toBe('unknown');
  });

  it('without datasets, read the Sanction\'s topics, then its target\'s when they name one kind only', () => {
    expect(listTypeOf([], [], ['debarment'], [])).toBe('debarment');
    expect(listTypeOf([], [], [], ['sanction'])).toBe('sanctions');
    expect(listTypeOf([], [], [], ['sanction', 'debarment'])).toBe('unknown');
    expect(listTypeOf([], [], [], ['role.pep'])).toBe('pep');
    expect(listTypeOf([], [], [], [])).toBe('sanctions');
  });
});

describe('authorities keyed by name and country', () => {
  it('gives two bodies of one name in two countries two ids, and never matches a table body of another country', () => {
    expect(normaliseAuthority('Ministry of Finance', 'JP').id).toBe('ministry-of-finance-jp');
    expect(normaliseAuthority('Ministry of Finance', 'UA').id).toBe('ministry-of-finance-ua');
    // Resolved once and remembered: asking again gives the same body, and a caller's change stays its own.
    const first = normaliseAuthority('Ministry of Finance', 'JP');
    first.name = 'changed by a caller';
    expect(normaliseAuthority('Ministry of Finance', 'JP')).toEqual({
      id: 'ministry-of-finance-jp',
      name: 'Ministry of Finance',
      known: false,
      country: 'JP',
    });
    expect(normaliseAuthority('National Security and Defense Council', 'UA').id).toBe('ua-nsdc');
    expect(normaliseAuthority('Рада національної безпеки і оборони України', 'UA').id).toBe('ua-nsdc');
    expect(normaliseAuthority('Security Council').id).toBe('un-security-council');
    expect(normaliseAuthority('OFAC', 'US').id).toBe('us-treasury');
    expect(normaliseAuthority('Council of the European Union', 'EU').id).toBe('eu');
  });
});

describe('a listing that names several authorities', () => {
  const sanction = (id: string, authorities: string[], country = 'us') =>
    `{"id":"${id}","schema":"Sanction","properties":{"entity":["p"],"authority":${JSON.stringify(authorities)},"country":["${country}"],"startDate":["2023-11-02"]},"datasets":["us_ofac_sdn"]}`;
  const person = '{"id":"p","schema":"Person","properties":{"name":["P"]}}';
  const load = (...lines: string[]) => importFtmText([person, ...lines].join('\n'), { fileName: 'x' }).dataset;
  const alsoNamed = (facts: readonly { label: string; value: string }[] | undefined) =>
    (facts ?? []).filter((f) => f.label === 'Also named as authority').map((f) => f.value);

  it('is one measure, imposed by the first authority the importer knows; the others are named on it', () => {
    const data = load(sanction('s', ['International Trade Administration', 'Bureau of Industry and Security']));
    expect(data.measures.map((m) => m.body)).toEqual(['us-commerce']);
    expect(alsoNamed(data.measures[0]?.facts)).toEqual(['International Trade Administration']);
    // No body is made for an authority that imposed nothing.
    expect(data.nodes.some((n) => n.name === 'International Trade Administration')).toBe(false);
    const graph = buildGraph(data);
    expect(sanctionSummary(graph, 'p')).toMatchObject({ bodies: 1, measureCount: 1 });
  });

  it('takes the first named when none is known, and an entity of the file as known', () => {
    const unknown = load(sanction('s', ['Agency A', 'Agency B'], 'xx'));
    expect(unknown.measures.map((m) => unknown.nodes.find((n) => n.id === m.body)?.name)).toEqual(['Agency A']);
    expect(alsoNamed(unknown.measures[0]?.facts)).toEqual(['Agency B']);
    const inFile = load('{"id":"b","schema":"PublicBody","properties":{"name":["Agency B"]}}', sanction('s', ['Agency A', 'Agency B'], 'xx'));
    expect(inFile.measures.map((m) => m.body)).toEqual(['b']);
    expect(alsoNamed(inFile.measures[0]?.facts)).toEqual(['Agency A']);
  });

  it('names nothing more when every authority is the same body (the UK and its FCDO)', () => {
    const data = load(sanction('s', ['Foreign, Commonwealth & Development Office', 'UK'], 'gb'));
    expect(data.measures.map((m) => m.body)).toEqual(['uk']);
    expect(alsoNamed(data.measures[0]?.facts)).toEqual([]);
  });

  it('decides alike for every listing of a file, and lists each other body once, whatever its spelling', () => {
    const data = load(
      '{"id":"ofac","schema":"PublicBody","properties":{"name":["OFAC"]}}',
      sanction('s1', ['OFAC', 'US Department of the Treasury', 'Agency B', 'AGENCY B']),
      sanction('s2', ['OFAC', 'US Department of the Treasury', 'Agency B']),
    );
    expect(data.measures.map((m) => [m.body, alsoNamed(m.facts)])).toEqual([
      ['ofac', ['Agency B']],
      ['ofac', ['Agency B']],
    ]);
    // Another spelling of the body itself is one of its names.
    expect(data.nodes.find((n) => n.id === 'ofac')?.aliases.map((a) => a.name)).toContain('US Department of the Treasury');
  });

  it('keeps the body of a listing exported without its body, and drops what was named beside it', () => {
    const data = load(sanction('s', ['Agency A', 'OFAC'], 'xx'));
    expect(data.measures.map((m) => m.body)).toEqual(['agency-a-xx']);
    const text = ftmToJsonLines(datasetToFtm(data, { nodeIds: ['p'], edgeIds: ['s'] }));
    const again = importFtmText(text, { fileName: 'x' }).dataset;
    expect(again.measures.map((m) => [again.nodes.find((n) => n.id === m.body)?.name, alsoNamed(m.facts)])).toEqual([
      ['Agency A', []],
    ]);
  });

  it('keeps the other authorities through an export and a new import', () => {
    const data = load(sanction('s', ['International Trade Administration', 'Bureau of Industry and Security']));
    const again = importFtmText(ftmToJsonLines(datasetToFtm(data)), { fileName: 'x' }).dataset;
    expect(again.measures.map((m) => [m.body, alsoNamed(m.facts)])).toEqual([['us-commerce', ['International Trade Administration']]]);
  });
});

describe("a listing of the EU's programme in a member's registry", () => {
  const person = '{"id":"p","schema":"Person","properties":{"name":["P"]}}';
  const listing = (id: string, authority: string, country: string, programId: string) =>
    `{"id":"${id}","schema":"Sanction","properties":{"entity":["p"],"authority":["${authority}"],"country":["${country}"],"programId":["${programId}"],"startDate":["2023-12-18"]}}`;
  const load = (...lines: string[]) => importFtmText([person, ...lines].join('\n'), { fileName: 'x' }).dataset;
  const publishedBy = (facts: readonly { label: string; value: string }[] | undefined) =>
    (facts ?? []).filter((f) => f.label === 'Published by').map((f) => f.value);

  it("is the EU's measure, with the registry that published it named on it", () => {
    const data = load(
      listing('be', 'Federal Public Service Finance', 'be', 'EU-UKR'),
      listing('fr', 'Direction Générale du Trésor', 'fr', 'EU-UKR'),
      listing('fsf', 'Directorate‑General for Financial Stability, Financial Services and Capital Markets Union', 'eu', 'EU-UKR'),
    );
    expect(data.measures.map((m) => [m.id, m.body, publishedBy(m.facts)])).toEqual([
      ['be', 'eu', ['Federal Public Service Finance']],
      ['fr', 'eu', ['Direction Générale du Trésor']],
      ['fsf', 'eu', []],
    ]);
    expect(sanctionSummary(buildGraph(data), 'p')).toMatchObject({ bodies: 1, measureCount: 3 });
    // Through an export and a new import, alike.
    const again = importFtmText(ftmToJsonLines(datasetToFtm(data)), { fileName: 'x' }).dataset;
    expect(again.measures.map((m) => [m.id, m.body, publishedBy(m.facts)])).toEqual(
      data.measures.map((m) => [m.id, m.body, publishedBy(m.facts)]),
    );
  });

  it("leaves a listing outside the EU, or of another programme first, to its own body", () => {
    // Switzerland adopts EU listings in its own ordinances, even where a record gives the EU's id.
    const swiss = load(listing('ch', 'State Secretariat for Economic Affairs', 'ch', 'EU-UKR'));
    expect(swiss.measures.map((m) => [m.body, publishedBy(m.facts)])).toEqual([['ch-seco', []]]);
    // The listing's own programme is its first id: Ukraine's NSDC with the EU's id second stays Ukraine's.
    const ukraine = load('{"id":"ua","schema":"Sanction","properties":{"entity":["p"],"authority":["National Security and Defense Council"],"country":["ua"],"programId":["UA-SA1644","EU-UKR"],"startDate":["2023"]}}');
    expect(ukraine.measures.map((m) => m.body)).toEqual(['ua-nsdc']);
  });

  it('names a known body beside the EU as named, not as a publisher, and needs no authority at all', () => {
    const both = load('{"id":"t","schema":"Sanction","properties":{"entity":["p"],"authority":["Council of the European Union","United Nations Security Council"],"country":["eu"],"programId":["EU-TERR"],"startDate":["2023"]}}');
    expect(both.measures.map((m) => [m.body, publishedBy(m.facts)])).toEqual([['eu', []]]);
    expect(both.measures[0]?.facts?.map((f) => f.label)).toContain('Also named as authority');
    const none = load('{"id":"n","schema":"Sanction","properties":{"entity":["p"],"country":["be"],"programId":["EU-UKR"],"startDate":["2023"]}}');
    expect(none.measures.map((m) => m.body)).toEqual(['eu']);
  });
});

describe('credits', () => {
  it("give OpenSanctions' credit only to records that name its source lists", () => {
    const person = '{"id":"p","schema":"Person","properties":{"name":["P"]}}';
    const listed = '{"id":"s","schema":"Sanction","properties":{"entity":["p"],"authority":["OFAC"],"startDate":["2020"]},"datasets":["us_ofac_sdn"]}';
    const own = '{"id":"s","schema":"Sanction","properties":{"entity":["p"],"authority":["OFAC"],"startDate":["2020"]}}';
    expect(importFtmText([person, listed].join('\n'), { fileName: 'x' }).dataset.info.credits?.[0]).toContain('OpenSanctions');
    expect(importFtmText([person, own].join('\n'), { fileName: 'x' }).dataset.info.credits).toBeUndefined();
  });
});

describe('a post at an organisation the file dissolves', () => {
  const load = (dissolved: string[], start: string) =>
    importFtmText(
      [
        '{"id":"p","schema":"Person","properties":{"name":["P"]}}',
        `{"id":"o","schema":"Organization","properties":{"name":["O"],"dissolutionDate":${JSON.stringify(dissolved)}}}`,
        `{"id":"d","schema":"Directorship","properties":{"director":["p"],"organization":["o"],"role":["Director"],"startDate":["${start}"]}}`,
      ].join('\n'),
      { fileName: 'x' },
    ).dataset.roles[0];

  it('ends by the latest dissolution date the file gives, with a note', () => {
    expect(load(['2012-06-30', '2016-11-22'], '2005-07-11')).toMatchObject({ status: 'former', end: '2016-11-22' });
    expect(load(['2016-11-22'], '2005-07-11')?.notes).toContain(
      "Ended by 22 November 2016 at the latest: the file dates the organisation's dissolution then.",
    );
  });

  it('is left as the file has it when the dissolution comes before the post began', () => {
    expect(load(['2001-01-01'], '2005-07-11')).toMatchObject({ status: 'unknown' });
    expect(load(['2001-01-01'], '2005-07-11')?.end).toBeUndefined();
  });
});

describe('scripts', () => {
  it('label a name only when its script is certain', () => {
    expect(scriptNote('株式会社カラシニコフ・コンツェルン')).toBe('Japanese (kana)');
    expect(scriptNote('칼라시니코프')).toBe('Korean (Hangul)');
    expect(scriptNote('Калашников')).toBe('Cyrillic script');
    expect(scriptNote('محمد بن سلمان')).toBe('Arabic script');
    expect(scriptNote('陈全国')).toBe('Han characters');
    expect(scriptNote('Chen Quanguo')).toBeUndefined();
    expect(scriptNote('Zala Аэро')).toBeUndefined();
  });

  it('call Han characters a Chinese name only when nothing about the entity points to Japanese or Korean', () => {
    expect(chineseNameOf(['Chen Quanguo', '陈全国'], ['CN'])).toBe('陈全国');
    expect(chineseNameOf(['Nury Turkel', '特克尔'], ['US'])).toBe('特克尔');
    expect(chineseNameOf(['山田太郎', 'やまだたろう'], [])).toBeUndefined();
    expect(chineseNameOf(['山田太郎'], ['JP'])).toBeUndefined();
  });
});

describe('payments and assets (own fixture)', () => {
  const { dataset, report } = importFtmText(fixture('payments-and-vessel.ftm.json'), { fileName: 'p.ftm.json' });

  it('makes many payments between one payer and one beneficiary one link, with a count, the total and each payment', () => {
    expect(report.entitiesKept).toBe(7);
    expect(dataset.links).toHaveLength(1);
    const link = dataset.links[0];
    expect(link).toMatchObject({ source: 'party-donor', target: 'party-recipient', relation: 'Payment', count: 3 });
    expect(link?.label).toBe('3 payments: 4000 GBP');
    expect(link?.start).toBe('2019-11-20');
    expect(link?.facts).toContainEqual({ label: 'Payment 2022-05-10', value: '2500 GBP — Cash donation', group: 'about' });
    expect(problemsOf(dataset)).toEqual([]);
  });

  it('makes a vessel an asset node with its identifiers, so the sanction on it is kept, and finds it by IMO number', () => {
    const vessel = byId(dataset.nodes, 'vessel-example');
    expect(vessel).toMatchObject({ kind: 'asset', name: 'MV Example Star', schema: 'Vessel' });
    expect(vessel.facts).toContainEqual({ label: 'IMO Number', value: 'IMO9123456', group: 'identifier', property: 'imoNumber' });
    expect(dataset.measures.map((m) => [m.target, m.body, m.kind])).toEqual([['vessel-example', 'us-treasury', 'blocking']]);
    const [hit] = search(buildNameIndex(dataset.nodes), 'IMO9123456');
    expect(hit).toMatchObject({ id: 'vessel-example', matchedNote: 'IMO Number' });
  });

  it('names a vessel without a name by its IMO number (FtM caption rule)', () => {
    const text = '{"id":"v","schema":"Vessel","properties":{"imoNumber":["IMO9999999"]}}';
    expect(importFtmText(text, { fileName: 'v' }).dataset.nodes[0]?.name).toBe('IMO9999999');
  });
});

describe('what the panels count', () => {
  it('counts only sanctions in "Sanctioned by N bodies"', () => {
    const text = [
      '{"id":"p","schema":"Person","properties":{"name":["P"]}}',
      '{"id":"s1","schema":"Sanction","properties":{"entity":["p"],"authority":["OFAC"],"country":["us"],"provisions":["Block"],"startDate":["2022"]},"datasets":["us_ofac_sdn"]}',
      '{"id":"s2","schema":"Sanction","properties":{"entity":["p"],"authority":["The Insolvency Service"],"country":["gb"],"startDate":["2021"]},"datasets":["gb_coh_disqualified"]}',
      '{"id":"s3","schema":"Sanction","properties":{"entity":["p"],"authority":["OFAC"],"country":["us"],"startDate":["2020"]},"datasets":["us_sam_exclusions"]}',
    ].join('\n');
    const graph = buildGraph(importFtmText(text, { fileName: 'x' }).dataset);
    expect(sanctionSummary(graph, 'p')).toMatchObject({ bodies: 1, measureCount: 1, since: '2022' });
  });

  it('filters by kind of list: hiding debarment hides exactly the debarment listings', () => {
    const text = [
      '{"id":"p","schema":"Person","properties":{"name":["P"]}}',
      '{"id":"s1","schema":"Sanction","properties":{"entity":["p"],"authority":["OFAC"],"country":["us"],"startDate":["2022"]},"datasets":["us_ofac_sdn"]}',
      '{"id":"s3","schema":"Sanction","properties":{"entity":["p"],"authority":["OFAC"],"country":["us"],"startDate":["2020"]},"datasets":["us_sam_exclusions"]}',
    ].join('\n');
    const graph = buildGraph(importFtmText(text, { fileName: 'x' }).dataset);
    const view = defaultViewState('v');
    expect(filterOptionCounts(graph, view).listTypes.map((o) => [o.value, o.count])).toEqual([
      ['sanctions', 1],
      ['debarment', 1],
    ]);
    const hidden = { ...view, filters: { ...view.filters, listTypes: ['debarment' as const] } };
    expect([...visibleElements(graph, hidden).edges]).toEqual(['s1']);
  });

  it('heads connections by relation and direction', () => {
    expect(connectionHeading('Ownership', 'owner: 51%', 'out')).toBe('Owns');
    expect(connectionHeading('Ownership', 'owner: 51%', 'in')).toBe('Owned by');
    expect(connectionHeading('Payment', '3 payments', 'in')).toBe('Paid by');
    expect(connectionHeading(undefined, 'shares an address with', 'out')).toBe('shares an address with');
  });
});

describe('FtM text values', () => {
  it('lose white space at the ends and in runs, and tabs or line breaks become spaces; clean ones stay as they are', () => {
    expect(cleanFtmText('  Zala\tAero \n Group ')).toBe('Zala Aero Group');
    expect(cleanFtmText('a\u00a0b')).toBe('a b');
    expect(cleanFtmText('Zala Aero')).toBe('Zala Aero');
    expect(cleanFtmText('')).toBe('');
  });
});
