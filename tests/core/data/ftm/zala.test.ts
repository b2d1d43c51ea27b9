// The real OpenSanctions file around Zala Aero (91 entities from 27 source lists), read as it is: the
// facts below are checked against the file itself, not against what the importer happened to produce.
import { describe, expect, it } from 'vitest';
import { OPENSANCTIONS_CREDIT } from '../../../../src/core/data/about.ts';
import { importFtmText } from '../../../../src/core/data/ftm/importer.ts';
import { buildGraph } from '../../../../src/core/graph/build.ts';
import { countsAsSanction } from '../../../../src/core/model/kinds.ts';
import { problemsOf } from './helpers.ts';
import { readRealFile, REALDATA_DIR } from './realdata.ts';

const ZAKHAROV = 'nk-au5ybkbrfjucf8ymwsjvdw';
const CST = 'nk-abdzbebkqyt29gyrebiurz';
const KALASHNIKOV = 'nk-nr5axm9avpq4pqaspsavam';

describe.skipIf(REALDATA_DIR === undefined)('zala.ftm.json (real OpenSanctions data; skipped: ../shared/realdata is absent)', () => {
  const { dataset, report } = importFtmText(readRealFile('zala.ftm.json'), { fileName: 'zala.ftm.json' });
  const node = (id: string) => {
    const found = dataset.nodes.find((n) => n.id === id);
    if (found === undefined) throw new Error(`no node ${id}`);
    return found;
  };

  it('accounts for every entity: 91 read, 91 kept (as nodes, edges or facts), none skipped; the dataset is valid', () => {
    expect(report.entitiesRead).toBe(91);
    expect(report.entitiesKept).toBe(91);
    expect(report.skipped).toEqual([]);
    expect(problemsOf(dataset)).toEqual([]);
    expect(() => buildGraph(dataset)).not.toThrow();
  });

  it('shows every Ownership of Alexander Zakharov with its percentage and shares (10 in the file)', () => {
    const owned = dataset.links.filter((l) => l.relation === 'Ownership' && l.source === ZAKHAROV);
    // The file has 10 Ownership entities whose owner is Zakharov (14 in all); three are of LLC CST.
    expect(owned).toHaveLength(10);
    expect(owned.filter((l) => l.target === CST).map((l) => l.label).sort()).toEqual(['owner: 48%', 'owner: 50%', 'owner: 51%']);
    const aeroscan = owned.find((l) => l.target === 'nk-ie6m5rypetamzozfecvsl7');
    expect(aeroscan?.facts).toEqual(
      expect.arrayContaining([
        { label: 'Percentage held', value: '100', group: 'about', property: 'percentage' },
        { label: 'Number of shares', value: '10000', group: 'about', property: 'sharesCount' },
      ]),
    );
    expect(aeroscan?.start).toBe('2024-03-01');
  });

  it('shows his 4 family links, each with its relationship', () => {
    const family = dataset.links.filter((l) => l.relation === 'Family' && (l.source === ZAKHAROV || l.target === ZAKHAROV));
    expect(family).toHaveLength(4);
    for (const link of family) expect(link.facts).toContainEqual({
        label: 'Relationship',
        value: 'Family member of',
        group: 'about',
        property: 'relationship',
      });
  });

  it('dates the EU listing of LLC CST by its start, 2023-12-18, and keeps the listing date 2025-03-15 as a labelled fact', () => {
    const eu = dataset.measures.filter((m) => m.target === CST && m.datasets?.includes('eu_fsf'));
    const listing = eu.find((m) => m.facts?.some((f) => f.value === '2025-03-15'));
    expect(listing?.announced).toBe('2023-12-18');
    expect(listing?.facts).toContainEqual({ label: 'Listing date', value: '2025-03-15', group: 'record' });
  });

  it('does not count the Insolvency Service disqualifications or the SAM exclusions as sanctions', () => {
    const insolvency = dataset.measures.filter((m) => m.body === 'insolvency-service-gb');
    expect(insolvency).toHaveLength(2);
    for (const m of insolvency) expect([m.listType, m.kind, countsAsSanction(m.listType)]).toEqual(['directorDisqualification', 'listing', false]);
    const sam = dataset.measures.filter((m) => m.datasets?.includes('us_sam_exclusions'));
    expect(sam).toHaveLength(5);
    for (const m of sam) expect([m.listType, m.kind]).toEqual(['debarment', 'listing']);
    const warSanctions = dataset.measures.filter((m) => m.datasets?.includes('ua_war_sanctions'));
    for (const m of warSanctions) expect([m.listType, m.kind]).toEqual(['watchlist', 'listing']);
  });

  it('takes the legal act a provision names as the legal basis when there is no program (Monaco gives the EU act)', () => {
    const monaco = dataset.measures.filter((m) => m.datasets?.includes('mc_fund_freezes') && m.target === ZAKHAROV);
    expect(monaco.map((m) => m.legalBasis)).toEqual(['(UE) 2025/389 du 24/02/2025']);
    // A Sanction with a program keeps it.
    const uk = dataset.measures.find((m) => m.datasets?.includes('gb_fcdo_sanctions') && m.target === CST);
    expect(uk?.legalBasis).toBe('The Russia (Sanctions) (EU Exit) Regulations 2019');
  });

  it('marks a listing dated only by when it was first seen as announced by then', () => {
    // The file's Sanctions with no listingDate, startDate or date, counted from the file itself.
    const lines = readRealFile('zala.ftm.json').split('\n').filter((l) => l.trim() !== '');
    const undated = lines
      .map((l) => JSON.parse(l) as { id: string; schema: string; first_seen?: string; properties: Record<string, unknown> })
      .filter((e) => e.schema === 'Sanction' && !['listingDate', 'startDate', 'date'].some((p) => p in e.properties));
    expect(undated.length).toBeGreaterThan(0);
    const seenBy = dataset.measures.filter((m) => m.announcedBy === true);
    // One measure per Sanction, whatever the authorities it names.
    expect(seenBy.length).toBe(undated.length);
    for (const m of seenBy) expect(m.confidence).toBe('inference');
    const firstSeen = new Set(undated.map((e) => e.first_seen?.slice(0, 10)));
    for (const m of seenBy) expect(firstSeen.has(m.announced)).toBe(true);
  });

  it('makes one measure of a listing that names two authorities, imposed by the one that decided it', () => {
    // Decision 761/2024 names the SBU and the NSDC: the NSDC decided it.
    const decision = dataset.measures.filter((m) => m.legalBasis === '761/2024');
    expect(decision.map((m) => node(m.body).name)).toEqual(['National Security and Defense Council of Ukraine']);
    expect(decision[0]?.facts?.filter((f) => f.label === 'Also named as authority').map((f) => f.value)).toEqual([
      'Служба безпеки України',
    ]);
    expect(decision.every((m) => m.end === '2034-11-12')).toBe(true);
    // Its source and program addresses are the same: one line.
    const urls = decision[0]?.facts?.filter((f) => f.label === 'Source URL').map((f) => f.value) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls).size).toBe(urls.length);
    // The Consolidated Screening List names the BIS and the ITA, which publishes the list: one export listing.
    const entityList = dataset.measures.filter((m) => m.target === CST && m.legalBasis.startsWith('Entity List'));
    expect(entityList.map((m) => m.body)).toEqual(['us-commerce']);
    expect(dataset.nodes.some((n) => /International Trade Administration|Служба безпеки/.test(n.name))).toBe(false);
  });

  it('gives a reason once though the file repeats it with other white space (the UK listing of LLC CST)', () => {
    const uk = dataset.measures.find((m) => m.datasets?.includes('gb_fcdo_sanctions') && m.target === CST);
    expect(uk?.notes.filter((n) => n.startsWith('Reason: LLC CST is an involved person'))).toHaveLength(1);
    for (const m of dataset.measures) expect(new Set(m.notes).size, m.id).toBe(m.notes.length);
  });

  it("says a listing whose term ran out expired, not that it was lifted (Ukraine's decision 556/2021)", () => {
    const decision = dataset.measures.find((m) => m.target === CST && m.legalBasis === '556/2021');
    expect(decision?.facts?.find((f) => f.label === 'Status as written')?.value).toBe('expired');
    expect(decision?.status).toBe('expired');
  });

  it("ends a post with no end date by its organisation's dissolution, so it is not shown as held later", () => {
    // Zakharov's directorship of the UAV association (from 2005) has no end; the file dissolves it in 2016.
    const post = dataset.roles.find((r) => r.person === ZAKHAROV && r.organization === 'nk-siywwfxwlvrvefswsvavsm');
    expect(post).toMatchObject({ start: '2005-07-11', status: 'former', end: '2016-11-22' });
    expect(post?.notes.some((n) => n.includes('dissolution'))).toBe(true);
  });

  it("credits OpenSanctions, whose source lists the file's records name, as its licence asks", () => {
    expect(dataset.info.credits).toEqual([OPENSANCTIONS_CREDIT]);
  });

  it('keeps every provision as text, those of no known kind too', () => {
    const nz = dataset.measures.find((m) => m.datasets?.includes('nz_russia_sanctions') && m.target === CST);
    expect(nz?.kind).toBe('blocking');
    expect(nz?.provisions?.map((p) => p.text)).toContain('Ship Ban');
    const uk = dataset.measures.find((m) => m.datasets?.includes('gb_fcdo_sanctions') && m.target === CST);
    expect(uk?.provisions?.map((p) => p.text)).toEqual(['Trust Services Sanctions', 'Director Disqualification Sanction', 'Asset freeze']);
  });

  it('keys bodies by name and country, and never takes Ukraine\'s NSDC for the UN Security Council', () => {
    expect(dataset.nodes.some((n) => n.id === 'un-security-council')).toBe(false);
    expect(node('ministry-of-finance-jp')).toMatchObject({ name: 'Ministry of Finance', country: 'JP', kind: 'sanctioningBody' });
  });

  it('names entities by FtM caption: "JSC Kalashnikov Concern", not its first name value', () => {
    expect(node(KALASHNIKOV).name).toBe('JSC Kalashnikov Concern');
    expect(node(KALASHNIKOV).aliases.map((a) => a.name)).toContain('JSC NPO IZHMASH');
  });

  it('labels Japanese names as Japanese, never as Chinese', () => {
    expect(node(KALASHNIKOV).chineseName).toBeUndefined();
    expect(node(KALASHNIKOV).aliases).toContainEqual({ name: '株式会社カラシニコフ・コンツェルン', note: 'Japanese (kana)' });
    expect(node(CST).aliases).toContainEqual({ name: 'Общество с ограниченной ответственностью "ЦСТ"', note: 'Cyrillic script' });
  });

  it('keeps identifiers, gender, nationality, addresses, source lists and first seen as facts', () => {
    const facts = node(ZAKHAROV).facts ?? [];
    const has = (label: string) => facts.filter((f) => f.label === label).map((f) => f.value);
    expect(has('INN').length).toBeGreaterThan(0);
    expect(has('Gender')).toEqual(['male']);
    expect(has('Source list')).toContain('gb_coh_disqualified');
    expect(facts.some((f) => f.group === 'identifier')).toBe(true);
    expect((node(CST).facts ?? []).some((f) => f.group === 'address')).toBe(true);
    expect(node(ZAKHAROV).country).toBe('RU');
    expect(node(ZAKHAROV).topics).toEqual(['debarment', 'corp.disqual', 'sanction']);
  });
});
