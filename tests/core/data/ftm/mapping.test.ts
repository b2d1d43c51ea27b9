import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/core/graph/build.ts';
import { importFtmText } from '../../../../src/core/data/ftm/importer.ts';
import { readMeasureKind } from '../../../../src/core/data/ftm/measureKinds.ts';
import { UNDATED_ANNOUNCED } from '../../../../src/core/data/ftm/undated.ts';
import { byId, fixture, problemsOf } from './helpers.ts';

const parties = importFtmText(fixture('parties-and-sanctions.ftm.json'), { fileName: 'parties-and-sanctions.ftm.json' });
const roles = importFtmText(fixture('roles-and-links.ftm.json'), { fileName: 'roles-and-links.ftm.json' });

describe('FtM parties -> nodes', () => {
  const { nodes } = parties.dataset;

  it('maps each party schema to its node kind', () => {
    expect(byId(nodes, 'chen-quanguo').kind).toBe('person');
    expect(byId(nodes, 'xpsb').kind).toBe('agency');
    expect(byId(nodes, 'sensetime').kind).toBe('company');
    expect(byId(nodes, 'european-institute-justo').kind).toBe('organization');
    expect(byId(nodes, 'shell-llc').kind).toBe('organization');
  });

  it('takes the first name as the name, Chinese script as the Chinese name, the rest as aliases', () => {
    const chen = byId(nodes, 'chen-quanguo');
    expect(chen.name).toBe('Chen Quanguo');
    expect(chen.chineseName).toBe('陈全国');
    expect(chen.aliases).toEqual([{ name: 'Chen Quanquo' }, { name: 'Chen', note: 'weak alias' }]);
    expect(chen.country).toBe('CN');
    expect(chen.birth).toEqual({ date: '1955-11', place: 'Pingyu, Henan' });
    expect(chen.topics).toEqual(['sanction', 'role.pep']);
    expect(chen.notes).toContain('Position: Party Secretary of the XUAR');
  });

  it('builds a name from name parts, keeps previous names, and rewrites ids that do not fit our format', () => {
    const zhu = byId(nodes, 'nk-zhuhailun9');
    expect(zhu.name).toBe('Hailun Zhu');
    expect(zhu.chineseName).toBe('朱海仑');
    expect(zhu.aliases).toEqual([{ name: 'Zhu H.', note: 'previous name' }]);
    // The file's id is kept for the editor and server mode, not shown to readers.
    expect(zhu.editorNotes).toContain('FtM id: NK-ZhuHailun9');
    expect(zhu.notes.some((n) => n.includes('NK-ZhuHailun9'))).toBe(false);
    expect(parties.report.warningCounts.renamedId).toBe(1);
  });

  it('uses the first valid country and notes the others; drops codes that are not ISO 3166', () => {
    expect(byId(nodes, 'sensetime').country).toBe('HK');
    expect(byId(nodes, 'sensetime').notes).toContain('Other countries: CN');
    expect(byId(nodes, 'shell-llc').country).toBeUndefined();
  });

  it('keeps a description from the file, or says where the node came from', () => {
    expect(byId(nodes, 'hikvision').description).toBe('Maker of video surveillance equipment.');
    expect(byId(nodes, 'xpsb').description).toBe('PublicBody imported from parties-and-sanctions.ftm.json.');
  });
});

describe('FtM Sanction -> measures, bodies and actions', () => {
  const { measures, nodes, actions } = parties.dataset;

  it('resolves authorities to sanctioning bodies, one body for all names of OFAC', () => {
    const treasury = measures.filter((m) => m.body === 'us-treasury').map((m) => m.id);
    expect(treasury.sort()).toEqual(['s-cmic-sensetime', 's-ofac-chen', 's-ofac-xpsb', 's-ofac-zhu', 's-undated-justo']);
    const body = byId(nodes, 'us-treasury');
    expect(body.kind).toBe('sanctioningBody');
    expect(body.aliases.map((a) => a.name)).toEqual(['Office of Foreign Assets Control', 'OFAC', 'US Treasury', 'U.S. Department of the Treasury']);
    expect(byId(measures, 's-mfa-turkel').body).toBe('cn-mfa');
    expect(byId(measures, 's-mfa-manchin').body).toBe('cn-mfa');
    expect(byId(measures, 's-bis-hikvision').body).toBe('us-commerce');
    expect(byId(measures, 's-uk-justo').body).toBe('uk');
  });

  it('gives an unknown authority a body of its own, with the sanction\'s country', () => {
    const m = byId(measures, 's-unknown-shell');
    // Unknown bodies are keyed by name and country.
    expect(m.body).toBe('financial-monitoring-service-of-ruritania-xr');
    expect(byId(nodes, m.body)).toMatchObject({ kind: 'sanctioningBody', name: 'Financial Monitoring Service of Ruritania', country: 'XR' });
    expect(parties.report.warnings.some((w) => w.reason === 'unknownAuthority' && w.line === 19)).toBe(true);
  });

  it('reads the measure kind from provisions, program and topics', () => {
    expect(byId(measures, 's-ofac-chen').kind).toBe('blocking');
    expect(byId(measures, 's-state-chen').kind).toBe('visaBan');
    expect(byId(measures, 's-cmic-sensetime').kind).toBe('investmentBan');
    expect(byId(measures, 's-bis-hikvision').kind).toBe('exportBlacklisting');
    expect(byId(measures, 's-mfa-turkel').kind).toBe('counterSanction');
    expect(byId(measures, 's-mfa-manchin').kind).toBe('counterSanction');
  });

  it('makes one measure of a listing whose provisions name two kinds, keeping each provision with its kind', () => {
    const uk = measures.filter((m) => m.target === 'european-institute-justo' && m.body === 'uk');
    expect(uk.map((m) => [m.id, m.kind])).toEqual([['s-uk-justo', 'blocking']]);
    expect(uk[0]?.provisions).toEqual([
      { text: 'Asset freeze', kind: 'blocking' },
      { text: 'Travel Ban', kind: 'visaBan' },
      { text: 'Trust services sanctions' },
    ]);
    expect(uk[0]?.status).toBe('inForce');
  });

  it('keeps program id, program text, dates, provisions, reason and family scope', () => {
    const chen = byId(measures, 's-ofac-chen');
    expect(chen).toMatchObject({
      target: 'chen-quanguo', announced: '2020-07-09', program: 'US-GLOMAG',
      legalBasis: 'Executive Order 13818 (Global Magnitsky)', description: 'Block',
    });
    expect(chen.effective).toBeUndefined();
    expect(chen.notes).toContain('Reason: Serious human rights abuse');
    expect(chen.facts).toContainEqual({ label: 'Source URL', value: 'https://home.treasury.gov/news/press-releases/sm1055', group: 'link' });
    const hik = byId(measures, 's-bis-hikvision');
    expect([hik.announced, hik.effective, hik.program]).toEqual(['2019-10-07', '2019-10-09', 'US-BIS-EL']);
    expect(byId(measures, 's-ofac-xpsb').announced).toBe('2020-07-09');
    expect(byId(measures, 's-ofac-zhu')).toMatchObject({ announced: '2020-07-09', target: 'nk-zhuhailun9' });
    expect(byId(measures, 's-state-chen').family).toBe('included');
    expect(byId(measures, 's-mfa-manchin').legalBasis).toBe('Not stated in the source');
  });

  it('dates an undated listing by first_seen (an inference), else by a marked placeholder', () => {
    const seen = byId(measures, 's-firstseen-shell');
    expect([seen.announced, seen.confidence]).toEqual(['2021-09-26', 'inference']);
    const undated = byId(measures, 's-undated-justo');
    expect([undated.announced, undated.confidence]).toEqual([UNDATED_ANNOUNCED, 'unverified']);
    expect(undated.undated).toBe(true);
    expect(seen.undated).toBeUndefined();
    expect(parties.report.warningCounts).toMatchObject({ inferredDate: 1, placeholderDate: 1 });
  });

  it('can skip undated listings instead, and says so in the report', () => {
    const result = importFtmText(fixture('parties-and-sanctions.ftm.json'), { fileName: 'x', undatedSanctions: 'skip' });
    expect(result.dataset.measures.map((m) => m.id)).not.toContain('s-undated-justo');
    expect(result.report.skipped).toEqual([{ line: 21, reason: 'undatedSanction', detail: 'Sanction s-undated-justo has no listingDate, startDate or date' }]);
  });

  it('groups measures into one action per body, date and program', () => {
    const glomag = byId(actions, 'act-2020-07-09-us-treasury-us-glomag');
    expect(glomag).toMatchObject({ date: '2020-07-09', body: 'us-treasury', title: 'US Department of the Treasury (OFAC): 3 targets under US-GLOMAG' });
    expect(measures.filter((m) => m.action === glomag.id).map((m) => m.target).sort()).toEqual(['chen-quanguo', 'nk-zhuhailun9', 'xpsb']);
    expect(byId(measures, 's-state-chen').action).not.toBe(glomag.id);
    for (const m of measures) expect(actions.some((a) => a.id === m.action && a.body === m.body && a.date === m.announced)).toBe(true);
  });
});

describe('FtM posts, interests and relationships -> roles and links', () => {
  const { dataset } = roles;

  it('maps Occupancy + Position to a role in the position\'s organisation, titled by the position', () => {
    expect(byId(dataset.roles, 'occ-chen-xuar')).toMatchObject({
      person: 'chen-quanguo', organization: 'xuar-party-committee', title: 'Party Secretary of the XUAR',
      start: '2016-08-29', end: '2021-12-25', status: 'former',
    });
  });

  it('makes a node for a post without an organisation, and keeps an ended post\'s end as unknown', () => {
    expect(byId(dataset.roles, 'occ-chen-politburo')).toMatchObject({ organization: 'pos-politburo', start: '2017', end: 'unknown', status: 'former' });
    expect(byId(dataset.nodes, 'pos-politburo')).toMatchObject({ kind: 'agency', name: 'Member of the CCP Politburo', country: 'CN' });
  });

  it('keeps a post nobody holds as a node linked to its organisation', () => {
    expect(byId(dataset.nodes, 'pos-vice-chair').name).toBe('Vice-Chairman of the XUAR');
    expect(dataset.links.find((l) => l.source === 'pos-vice-chair')).toMatchObject({ target: 'xuar-party-committee', label: 'post in' });
  });

  it('maps Employment, Membership and Directorship of a person to roles', () => {
    expect(byId(dataset.roles, 'emp-wang-xpsb')).toMatchObject({ person: 'wang-mingshan', organization: 'xpsb', title: 'Director', start: '2017-02', end: '2021-01', status: 'former' });
    expect(byId(dataset.roles, 'mem-chen-xpsb')).toMatchObject({ title: 'Member', start: '2016', status: 'current' });
    expect(byId(dataset.roles, 'mem-chen-xpsb').end).toBeUndefined();
    expect(byId(dataset.roles, 'dir-soin-justo')).toMatchObject({ person: 'dmitriy-soin', title: 'Provost', start: 'unknown', status: 'unknown' });
  });

  it('maps a company\'s directorship, Ownership, Family, Associate and UnknownLink to labelled links', () => {
    const label = (id: string) => byId(dataset.links, id).label;
    expect(label('dir-holding-sub')).toBe('director');
    expect(label('own-holding-sub')).toBe('owner: 51%');
    expect(byId(dataset.links, 'own-holding-sub')).toMatchObject({ source: 'holding-co', target: 'sub-co', start: '2015-03' });
    expect(label('fam-chen')).toBe('family: spouse');
    expect(label('assoc-soin-wang')).toBe('associate');
    expect(label('ul-justo-sub')).toBe('shares an address with');
    expect(label('ul-bare')).toBe('linked');
  });

  it('keeps every entity of the file', () => {
    expect(roles.report).toMatchObject({ linesRead: 23, entitiesRead: 23, entitiesKept: 23, skipped: [] });
  });
});

describe('the imported dataset', () => {
  it('passes the project validator and builds a graph', () => {
    for (const { dataset } of [parties, roles]) {
      expect(problemsOf(dataset)).toEqual([]);
      const graph = buildGraph(dataset);
      expect(graph.order).toBe(dataset.nodes.length);
      expect(graph.size).toBe(dataset.measures.length + dataset.roles.length + dataset.links.length);
    }
  });

  it('cites one source, "Imported from <file>", in every record', () => {
    const { dataset } = parties;
    expect(dataset.sources).toHaveLength(1);
    expect(dataset.sources[0]?.title).toBe('Imported from parties-and-sanctions.ftm.json');
    const all = [...dataset.nodes, ...dataset.measures, ...dataset.actions, ...dataset.roles, ...dataset.links];
    for (const record of all) expect(record.sources).toEqual([dataset.sources[0]?.id]);
  });

  it('merges fragments of one entity, as Aleph exports them', () => {
    const text = [
      '{"id":"x","schema":"LegalEntity","properties":{"name":["Xinjiang Example"]}}',
      '{"id":"x","schema":"Company","properties":{"alias":["XE Ltd"],"country":["cn"]}}',
    ].join('\n');
    const { dataset, report } = importFtmText(text, { fileName: 'f' });
    expect(dataset.nodes).toHaveLength(1);
    expect(dataset.nodes[0]).toMatchObject({ kind: 'company', name: 'Xinjiang Example', aliases: [{ name: 'XE Ltd' }], country: 'CN' });
    expect(report.warningCounts.mergedFragments).toBe(1);
  });

  it('makes the file\'s body entity the sanctioning body when the file has it (as our export writes it)', () => {
    const text = [
      '{"id":"us-treasury","schema":"PublicBody","properties":{"name":["Department of the Treasury, Office of Foreign Assets Control"]}}',
      '{"id":"p","schema":"Person","properties":{"name":["P"]}}',
      '{"id":"m","schema":"Sanction","properties":{"entity":["p"],"authority":["Department of the Treasury, Office of Foreign Assets Control"],"startDate":["2020"]}}',
    ].join('\n');
    const { dataset } = importFtmText(text, { fileName: 'f' });
    expect(dataset.nodes.map((n) => [n.id, n.kind])).toEqual([['us-treasury', 'sanctioningBody'], ['p', 'person']]);
    expect(dataset.measures[0]?.body).toBe('us-treasury');
    expect(problemsOf(dataset)).toEqual([]);
  });
});

describe('readMeasureKind', () => {
  const read = (provisions: string[], programs: string[] = [], topics: string[] = [], targetTopics: string[] = []) =>
    readMeasureKind({ provisions, programs, topics, targetTopics });

  it('follows the documented order: counter-measure, provisions (weightiest), program, target topics, else a listing', () => {
    expect(read(['Asset freeze'], [], ['sanction.counter']).kind).toBe('counterSanction');
    expect(read(['Countermeasures: entry ban']).kind).toBe('counterSanction');
    expect(read(['Travel ban', 'Asset freeze'], ['US-NS-CMIC']).kind).toBe('blocking');
    expect(read([], ['US-NS-CMIC']).kind).toBe('investmentBan');
    expect(read([], ['Entity List']).kind).toBe('exportBlacklisting');
    expect(read(['Withhold release order: forced labor']).kind).toBe('importBan');
    expect(read([], [], [], ['sanction.counter']).kind).toBe('counterSanction');
  });

  it('never guesses an asset freeze: a listing that states no kind is "listing", its provisions kept as text', () => {
    expect(read([], ['XYZ-1'])).toEqual({ kind: 'listing', provisions: [], stated: false });
    expect(read(['Prohibition/Restriction'])).toEqual({ kind: 'listing', provisions: [{ text: 'Prohibition/Restriction' }], stated: false });
    const nz = read(['Ship Ban', 'Aircraft Ban', 'Service Prohibition', 'Asset Freeze', 'Dealing with Securities']);
    expect(nz.kind).toBe('blocking');
    expect(nz.provisions.map((p) => p.text)).toEqual(['Ship Ban', 'Aircraft Ban', 'Service Prohibition', 'Asset Freeze', 'Dealing with Securities']);
    expect(nz.provisions.filter((p) => p.kind === undefined).map((p) => p.text)).toEqual(['Ship Ban', 'Aircraft Ban', 'Service Prohibition']);
  });
});

describe('nested input (OpenSanctions targets.nested.json)', () => {
  const { dataset, report } = importFtmText(fixture('nested.ftm.json'), { fileName: 'nested.ftm.json' });

  it('reads every nested entity as its own, with the reference to its parent filled in, and counts them', () => {
    expect(report.entitiesRead).toBe(7);
    expect(report.entitiesKept).toBe(7);
    expect(report.warningCounts.nestedEntity).toBe(6);
    expect(report.skipped).toEqual([]);
    expect(dataset.measures.map((m) => [m.id, m.target, m.body, m.kind])).toEqual([['s-nested', 'p-nested', 'us-treasury', 'blocking']]);
    expect(dataset.links.map((l) => [l.source, l.target, l.label])).toEqual([['p-nested', 'p-son', 'family: son']]);
    expect(dataset.roles.map((r) => [r.person, r.organization, r.title])).toEqual([['p-nested', 'pos-nested', 'Minister of Examples']]);
    expect(byId(dataset.nodes, 'p-nested').facts).toContainEqual({ label: 'Address', value: '1 Example Street, Moscow', group: 'address' });
    expect(problemsOf(dataset)).toEqual([]);
  });
});
