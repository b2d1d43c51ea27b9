// Seeded generators of realistic, sanctions-shaped test data: FollowTheMoney entities (people with aliases,
// companies, public bodies, posts, sanctions by a handful of authorities, ownership and family) and Datasets.
import type {
  Action,
  Dataset,
  EntityNode,
  Link,
  Measure,
  MeasureKind,
  NodeKind,
  Role,
  Source,
} from '../../src/core/model/schema.ts';
import type { FtmEntity } from '../../src/core/data/ftm/entity.ts';
import { seededRandom } from '../../src/core/layout/seeded.ts';

/** A deterministic pseudo-random generator: the same seed gives the same sequence everywhere. */
export const createRng = seededRandom;

/** Helpers over one random sequence. */
class Random {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** An index in [0, n) skewed towards 0, so that a few targets collect many measures, as on real lists. */
  skewed(n: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** 2.5));
  }
  /** A date YYYY-MM-DD between two years, inclusive. */
  date(fromYear: number, toYear: number): string {
    const year = this.int(fromYear, toYear);
    const month = this.int(1, 12);
    const day = this.int(1, month === 2 ? 28 : 30);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  base58(length: number): string {
    const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

// ---- names ----

const CN_SURNAMES = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'He',
  'Lin',
  'Gao',
  'Luo',
];
const CN_SURNAMES_HAN = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '高',
  '罗',
];
const CN_SYLLABLES = [
  'hai',
  'lun',
  'ming',
  'shan',
  'jun',
  'liu',
  'wei',
  'qiang',
  'guo',
  'quan',
  'jian',
  'hua',
  'ping',
  'dong',
  'xin',
  'yong',
  'feng',
  'hong',
  'lei',
  'tao',
];
const CN_SYLLABLES_HAN = [
  '海',
  '伦',
  '明',
  '山',
  '军',
  '六',
  '伟',
  '强',
  '国',
  '全',
  '建',
  '华',
  '平',
  '东',
  '新',
  '勇',
  '峰',
  '红',
  '雷',
  '涛',
];
const RU_FIRST = [
  'Dmitriy',
  'Sergei',
  'Alexei',
  'Igor',
  'Vladimir',
  'Oleg',
  'Andrei',
  'Yuri',
  'Mikhail',
  'Nikolai',
  'Elena',
  'Olga',
  'Irina',
  'Tatiana',
];
const RU_LAST = [
  'Ivanov',
  'Petrov',
  'Sokolov',
  'Volkov',
  'Morozov',
  'Soin',
  'Kuznetsov',
  'Popov',
  'Lebedev',
  'Orlov',
  'Belov',
  'Karpov',
];
const AR_FIRST = [
  'Ahmad',
  'Mohammad',
  'Ali',
  'Hassan',
  'Hossein',
  'Reza',
  'Karim',
  'Omar',
  'Yusuf',
  'Samir',
  'Fatima',
  'Leila',
];
const AR_LAST = [
  'Rahimi',
  'Karimi',
  'Hosseini',
  'Haddad',
  'Nasser',
  'Abbasi',
  'Tehrani',
  'Al-Masri',
  'Qasemi',
  'Mansour',
];
const EN_FIRST = [
  'James',
  'Robert',
  'John',
  'Michael',
  'David',
  'Nadine',
  'Gayle',
  'Anne',
  'Maria',
  'Peter',
  'Thomas',
  'Laura',
];
const EN_LAST = [
  'Smith',
  'Johnson',
  'Carr',
  'Moore',
  'Miller',
  'Turner',
  'Walker',
  'Perkins',
  'Clark',
  'Baker',
  'Hughes',
  'Reed',
];

const PLACES = [
  'Xiamen',
  'Hangzhou',
  'Shenzhen',
  'Urumqi',
  'Kashgar',
  'Moscow',
  'Novosibirsk',
  'Tehran',
  'Damascus',
  'Minsk',
  'Caracas',
  'Yangon',
  'Pyongyang',
  'Dubai',
  'Istanbul',
  'Hong Kong',
];
const COMPANY_WORDS = [
  'Golden',
  'Dragon',
  'Eastern',
  'Star',
  'Volga',
  'Arctic',
  'Silk Road',
  'Pacific',
  'Phoenix',
  'Unity',
  'Northern',
  'Crystal',
  'Horizon',
  'Falcon',
  'Summit',
];
const INDUSTRIES = [
  'Technology',
  'Trading',
  'Energy',
  'Shipping',
  'Electronics',
  'Logistics',
  'Machinery',
  'Petrochemical',
  'Aviation',
  'Surveillance Systems',
  'Minerals',
  'Finance',
];
const SUFFIXES = ['Co., Ltd.', 'LLC', 'JSC', 'Group Limited', 'Holding', 'Industrial Corporation', 'FZE', 'OOO'];
const FIELDS = [
  'Public Security',
  'Foreign Trade',
  'Defence Industry',
  'Energy',
  'Propaganda',
  'Internal Affairs',
  'Intelligence',
  'Finance',
];
const ROLE_TITLES = [
  'Director',
  'Deputy Director',
  'Chairman',
  'Party Secretary',
  'Board Member',
  'Chief Executive',
  'Head of Department',
];
const RELATIONSHIPS = ['spouse', 'son', 'daughter', 'brother', 'sister', 'father', 'mother'];

const COUNTRY_STYLES = [
  { country: 'cn', style: 'cn' },
  { country: 'cn', style: 'cn' },
  { country: 'hk', style: 'cn' },
  { country: 'ru', style: 'ru' },
  { country: 'by', style: 'ru' },
  { country: 'ir', style: 'ar' },
  { country: 'sy', style: 'ar' },
  { country: 'ae', style: 'ar' },
  { country: 'us', style: 'en' },
  { country: 'gb', style: 'en' },
] as const;

interface PersonName {
  name: string;
  aliases: string[];
  han?: string;
  country: string;
}

function personName(r: Random): PersonName {
  const { country, style } = r.pick(COUNTRY_STYLES);
  if (style === 'cn') {
    const s = r.int(0, CN_SURNAMES.length - 1);
    const g1 = r.int(0, CN_SYLLABLES.length - 1);
    const g2 = r.int(0, CN_SYLLABLES.length - 1);
    const given = `${CN_SYLLABLES[g1]}${CN_SYLLABLES[g2]}`;
    const name = `${CN_SURNAMES[s]} ${given[0]?.toUpperCase()}${given.slice(1)}`;
    const aliases = [`${given[0]?.toUpperCase()}${given.slice(1)} ${CN_SURNAMES[s]}`];
    if (r.chance(0.3)) aliases.push(typo(r, name));
    return { name, aliases, han: `${CN_SURNAMES_HAN[s]}${CN_SYLLABLES_HAN[g1]}${CN_SYLLABLES_HAN[g2]}`, country };
  }
  const [first, last] =
    style === 'ru' ? [RU_FIRST, RU_LAST] : style === 'ar' ? [AR_FIRST, AR_LAST] : [EN_FIRST, EN_LAST];
  const f = r.pick(first);
  const l = r.pick(last);
  const name = style === 'ru' && r.chance(0.5) ? `${f} ${r.pick(RU_FIRST)}ovich ${l}` : `${f} ${l}`;
  const aliases = [`${l}, ${f}`];
  if (r.chance(0.4)) aliases.push(typo(r, name));
  return { name, aliases, country };
}

/** A misspelling of a name: one letter dropped or doubled, as transliterations and articles produce. */
function typo(r: Random, name: string): string {
  const at = r.int(1, Math.max(1, name.length - 2));
  return r.chance(0.5) ? name.slice(0, at) + name.slice(at + 1) : name.slice(0, at) + name[at] + name.slice(at);
}

function companyName(r: Random): string {
  return `${r.pick(PLACES)} ${r.pick(COMPANY_WORDS)} ${r.pick(INDUSTRIES)} ${r.pick(SUFFIXES)}`;
}

function publicBodyName(r: Random): string {
  return r.chance(0.5)
    ? `${r.pick(PLACES)} Public Security Bureau`
    : `Ministry of ${r.pick(FIELDS)}, ${r.pick(PLACES)}`;
}

// ---- authorities and programs ----

interface Program {
  id: string;
  name: string;
  provisions: string[];
  /** Which targets it lists. */
  targets: 'persons' | 'companies' | 'any';
}

interface AuthoritySpec {
  /** Ways the files write the authority (all resolve to one body, see authority.ts). */
  names: string[];
  bodyId: string;
  bodyName: string;
  country?: string;
  counter?: boolean;
  programs: Program[];
}

/** The authorities of the generated data: the bodies of the bundled dataset and a few more. */
export const SYNTHETIC_AUTHORITIES: readonly AuthoritySpec[] = [
  {
    names: ['Office of Foreign Assets Control', 'OFAC', 'U.S. Department of the Treasury'],
    bodyId: 'us-treasury',
    bodyName: 'US Department of the Treasury (OFAC)',
    country: 'US',
    programs: [
      { id: 'US-GLOMAG', name: 'Executive Order 13818 (Global Magnitsky)', provisions: ['Block'], targets: 'any' },
      {
        id: 'US-NS-CMIC',
        name: 'Non-SDN Chinese Military-Industrial Complex Companies List',
        provisions: ['Investment ban'],
        targets: 'companies',
      },
      { id: 'US-IRAN', name: 'Iranian Transactions and Sanctions Regulations', provisions: ['Block'], targets: 'any' },
    ],
  },
  {
    names: ['Bureau of Industry and Security', 'US Department of Commerce'],
    bodyId: 'us-commerce',
    bodyName: 'US Department of Commerce (BIS)',
    country: 'US',
    programs: [
      {
        id: 'US-BIS-EL',
        name: 'Entity List (15 CFR 744)',
        provisions: ['Export licence required'],
        targets: 'companies',
      },
    ],
  },
  {
    names: ['U.S. Department of State', 'US State Department'],
    bodyId: 'us-state',
    bodyName: 'US Department of State',
    country: 'US',
    programs: [
      {
        id: 'US-7031C',
        name: 'Section 7031(c)',
        provisions: ['Visa ineligibility, including immediate family'],
        targets: 'persons',
      },
    ],
  },
  {
    names: ['Council of the European Union', 'European Union'],
    bodyId: 'eu',
    bodyName: 'European Union (Council of the EU)',
    programs: [
      {
        id: 'EU-GHRSR',
        name: 'EU Global Human Rights Sanctions Regime',
        provisions: ['Asset freeze', 'Travel ban'],
        targets: 'any',
      },
      {
        id: 'EU-RUS',
        name: "Restrictive measures in view of Russia's actions",
        provisions: ['Asset freeze'],
        targets: 'any',
      },
    ],
  },
  {
    names: ['HM Treasury', 'Office of Financial Sanctions Implementation'],
    bodyId: 'uk',
    bodyName: 'UK Government (HM Treasury OFSI, FCDO)',
    country: 'GB',
    programs: [
      {
        id: 'GB-GHR',
        name: 'Global Human Rights sanctions regulations',
        provisions: ['Asset freeze', 'Travel Ban'],
        targets: 'any',
      },
    ],
  },
  {
    names: ['United Nations Security Council'],
    bodyId: 'un-security-council',
    bodyName: 'UN Security Council',
    programs: [
      { id: 'UN-SC1718', name: 'Resolution 1718 (DPRK)', provisions: ['Asset freeze', 'Travel ban'], targets: 'any' },
    ],
  },
  {
    names: ["Ministry of Foreign Affairs of the People's Republic of China", '外交部'],
    bodyId: 'cn-mfa',
    bodyName: 'PRC Ministry of Foreign Affairs',
    country: 'CN',
    counter: true,
    programs: [
      {
        id: 'CN-CML',
        name: 'Anti-Foreign Sanctions Law countermeasures',
        provisions: ['Entry ban', 'Assets in China frozen'],
        targets: 'any',
      },
    ],
  },
  {
    names: ['Financial Monitoring Committee of Ruritania'],
    bodyId: 'financial-monitoring-committee-of-ruritania',
    bodyName: 'Financial Monitoring Committee of Ruritania',
    programs: [
      { id: 'RT-FMC', name: 'Ruritanian terrorist financing list', provisions: ['Asset freeze'], targets: 'any' },
    ],
  },
];

/** Announcement dates per authority: measures share them, so that actions group several targets. */
function announcementDates(r: Random, count: number): string[][] {
  return SYNTHETIC_AUTHORITIES.map(() => Array.from({ length: count }, () => r.date(2014, 2024)).sort());
}

// ---- FtM ----

export interface SyntheticFtmOptions {
  seed: number;
  /** Exactly this many entities are generated. */
  entities: number;
}

/** Shares of each schema in a generated file (they add up to 1; sanctions take any remainder). */
export const SYNTHETIC_FTM_SHARES = {
  Person: 0.28,
  Company: 0.14,
  PublicBody: 0.03,
  Organization: 0.02,
  LegalEntity: 0.01,
  Position: 0.03,
  Occupancy: 0.06,
  Sanction: 0.3,
  Ownership: 0.05,
  Family: 0.03,
  Associate: 0.02,
  Membership: 0.01,
  Employment: 0.01,
  Directorship: 0.01,
} as const;
type SyntheticSchema = keyof typeof SYNTHETIC_FTM_SHARES;

function schemaCounts(total: number): Record<SyntheticSchema, number> {
  const counts = {} as Record<SyntheticSchema, number>;
  let sum = 0;
  for (const [schema, share] of Object.entries(SYNTHETIC_FTM_SHARES) as [SyntheticSchema, number][]) {
    counts[schema] = total < 50 ? 0 : Math.floor(total * share);
    sum += counts[schema];
  }
  if (total < 50) {
    counts.Person = Math.ceil(total / 2);
    counts.Sanction = total - counts.Person;
  } else counts.Sanction += total - sum;
  return counts;
}

/**
 * Generates exactly `entities` FtM entities, the same for the same seed: parties first, then posts,
 * occupancies, sanctions (2014 to 2024, by the SYNTHETIC_AUTHORITIES, a few targets listed many times)
 * and relationships. Some ids are OpenSanctions-style ("NK-..." with upper case), some sanctions carry
 * only first_seen or no provisions, so that the importer's rules are all exercised.
 */
export function generateFtm(options: SyntheticFtmOptions): FtmEntity[] {
  const r = new Random(createRng(options.seed));
  const counts = schemaCounts(Math.max(0, Math.floor(options.entities)));
  const out: FtmEntity[] = [];
  const persons: FtmEntity[] = [];
  const companies: FtmEntity[] = [];
  const bodies: FtmEntity[] = [];
  const orgs: FtmEntity[] = [];
  let serial = 0;
  const nextId = (prefix: string) => {
    serial++;
    return r.chance(0.3) ? `NK-${r.base58(22)}` : `${prefix}-${serial.toString(36)}`;
  };
  const add = (list: FtmEntity[] | null, entity: FtmEntity) => {
    out.push(entity);
    list?.push(entity);
    return entity;
  };

  for (let i = 0; i < counts.Person; i++) {
    const n = personName(r);
    const properties: Record<string, string[]> = { name: [n.name], nationality: [n.country] };
    const aliases = [...n.aliases, ...(n.han === undefined ? [] : [n.han])];
    properties.alias = aliases.slice(0, r.int(1, aliases.length));
    if (r.chance(0.2)) properties.weakAlias = [n.name.split(' ')[0] ?? n.name];
    if (r.chance(0.8)) properties.birthDate = [r.chance(0.3) ? String(r.int(1940, 1995)) : r.date(1940, 1995)];
    if (r.chance(0.3)) properties.birthPlace = [r.pick(PLACES)];
    add(persons, { id: nextId('p'), schema: 'Person', properties });
  }
  for (let i = 0; i < counts.Company; i++) {
    const properties: Record<string, string[]> = {
      name: [companyName(r)],
      jurisdiction: [r.pick(COUNTRY_STYLES).country],
    };
    if (r.chance(0.3)) properties.alias = [companyName(r)];
    if (r.chance(0.5)) properties.incorporationDate = [r.date(1990, 2020)];
    add(companies, { id: nextId('c'), schema: 'Company', properties });
  }
  for (let i = 0; i < counts.PublicBody; i++) {
    add(bodies, {
      id: nextId('b'),
      schema: 'PublicBody',
      properties: { name: [publicBodyName(r)], country: [r.pick(COUNTRY_STYLES).country] },
    });
  }
  for (let i = 0; i < counts.Organization; i++) {
    add(orgs, {
      id: nextId('o'),
      schema: 'Organization',
      properties: {
        name: [`${r.pick(COMPANY_WORDS)} Institute of ${r.pick(FIELDS)}`],
        country: [r.pick(COUNTRY_STYLES).country],
      },
    });
  }
  for (let i = 0; i < counts.LegalEntity; i++) {
    add(orgs, {
      id: nextId('le'),
      schema: 'LegalEntity',
      properties: { name: [`${r.pick(COMPANY_WORDS)} ${r.pick(SUFFIXES)}`] },
    });
  }
  const employers = [...bodies, ...orgs, ...companies];
  const parties = [...persons, ...companies, ...bodies, ...orgs];
  const positions: FtmEntity[] = [];
  for (let i = 0; i < counts.Position; i++) {
    const properties: Record<string, string[]> = {
      name: [`${r.pick(ROLE_TITLES)} of ${r.pick(PLACES)} ${r.pick(FIELDS)}`],
      topics: ['gov.state'],
    };
    if (bodies.length > 0 && r.chance(0.7)) properties.organization = [r.pick(bodies).id];
    positions.push(add(null, { id: nextId('pos'), schema: 'Position', properties }));
  }
  const pep = new Set<FtmEntity>();
  for (let i = 0; i < counts.Occupancy; i++) {
    if (persons.length === 0 || positions.length === 0) break;
    const holder = r.pick(persons);
    pep.add(holder);
    const start = r.date(1995, 2020);
    const properties: Record<string, string[]> = {
      holder: [holder.id],
      post: [r.pick(positions).id],
      startDate: [start],
    };
    if (r.chance(0.5)) {
      properties.endDate = [r.date(Number(start.slice(0, 4)) + 1, 2024)];
      properties.status = ['ended'];
    } else properties.status = [r.chance(0.8) ? 'current' : 'unknown'];
    add(null, { id: nextId('occ'), schema: 'Occupancy', properties });
  }

  const isWestern = (e: FtmEntity) => ['us', 'gb'].includes(e.properties.nationality?.[0] ?? '');
  const western = persons.filter(isWestern);
  const nonWesternPersons = persons.filter((p) => !isWestern(p));
  const nonWestern = [...nonWesternPersons, ...companies, ...bodies, ...orgs];
  const dates = announcementDates(r, Math.max(4, Math.ceil(counts.Sanction / 40)));
  const sanctioned = new Set<FtmEntity>();
  const counterTargets = new Set<FtmEntity>();
  for (let i = 0; i < counts.Sanction; i++) {
    if (parties.length === 0) break;
    const a = r.int(0, SYNTHETIC_AUTHORITIES.length - 1);
    const authority = SYNTHETIC_AUTHORITIES[a];
    if (authority === undefined) continue;
    const program = r.pick(authority.programs);
    // Counter-sanctions list Western people (as China's lists do); other authorities list everyone else.
    const candidates = authority.counter
      ? western
      : program.targets === 'persons'
        ? nonWesternPersons
        : program.targets === 'companies'
          ? companies
          : nonWestern;
    const pool = candidates.length > 0 ? candidates : parties;
    const target = pool[r.skewed(pool.length)] ?? r.pick(parties);
    (authority.counter ? counterTargets : sanctioned).add(target);
    const listed = r.pick(dates[a] ?? ['2020-01-01']);
    const properties: Record<string, string[]> = { entity: [target.id], authority: [r.pick(authority.names)] };
    if (r.chance(0.9)) properties.programId = [program.id];
    if (r.chance(0.7)) properties.program = [program.name];
    if (r.chance(0.85)) properties.provisions = program.provisions;
    if (authority.counter) properties.topics = ['sanction.counter'];
    const first_seen = `${listed}T${String(r.int(0, 23)).padStart(2, '0')}:00:00`;
    const dated = r.next();
    if (dated < 0.7) properties.listingDate = [listed];
    if (dated < 0.3 || (dated >= 0.7 && dated < 0.95)) properties.startDate = [listed];
    if (r.chance(0.2)) properties.reason = [`Involvement in ${r.pick(FIELDS).toLowerCase()} abuses`];
    add(null, {
      id: r.chance(0.5) ? `${authority.bodyId}-${(i + 1).toString(36)}` : nextId('s'),
      schema: 'Sanction',
      properties,
      first_seen,
    });
  }

  const link = (schema: SyntheticSchema, count: number, make: () => Record<string, string[]> | null) => {
    for (let i = 0; i < count; i++) {
      const properties = make();
      if (properties !== null) add(null, { id: nextId(schema.toLowerCase().slice(0, 3)), schema, properties });
    }
  };
  const owners = [...persons, ...companies];
  link('Ownership', counts.Ownership, () =>
    companies.length === 0 || owners.length === 0
      ? null
      : {
          owner: [r.pick(owners).id],
          asset: [r.pick(companies).id],
          percentage: [String(r.int(5, 100))],
          startDate: [r.date(2000, 2023)],
        },
  );
  const pair = (list: FtmEntity[]): [string, string] => {
    const a = r.int(0, list.length - 1);
    const b = (a + r.int(1, list.length - 1)) % list.length;
    return [list[a]?.id ?? '', list[b]?.id ?? ''];
  };
  link('Family', counts.Family, () => {
    if (persons.length < 2) return null;
    const [person, relative] = pair(persons);
    return { person: [person], relative: [relative], relationship: [r.pick(RELATIONSHIPS)] };
  });
  link('Associate', counts.Associate, () => {
    if (persons.length < 2) return null;
    const [person, associate] = pair(persons);
    return { person: [person], associate: [associate] };
  });
  link('Membership', counts.Membership, () =>
    persons.length === 0 || employers.length === 0
      ? null
      : { member: [r.pick(persons).id], organization: [r.pick(employers).id] },
  );
  link('Employment', counts.Employment, () =>
    persons.length === 0 || employers.length === 0
      ? null
      : {
          employee: [r.pick(persons).id],
          employer: [r.pick(employers).id],
          role: [r.pick(ROLE_TITLES)],
          startDate: [r.date(2000, 2022)],
        },
  );
  link('Directorship', counts.Directorship, () =>
    owners.length === 0 || companies.length === 0
      ? null
      : { director: [r.pick(owners).id], organization: [r.pick(companies).id], role: ['Director'] },
  );

  for (const party of parties) {
    const topics = [
      ...(sanctioned.has(party) ? ['sanction'] : []),
      ...(counterTargets.has(party) ? ['sanction.counter'] : []),
      ...(pep.has(party) ? ['role.pep'] : []),
    ];
    if (topics.length > 0) party.properties.topics = topics;
  }
  // A link generator may have returned null (too few parties): pad with people so the count stays exact.
  while (out.length < options.entities) {
    const n = personName(r);
    out.push({ id: nextId('p'), schema: 'Person', properties: { name: [n.name], nationality: [n.country] } });
  }
  return out;
}

/** The generated entities as FtM JSON lines, one entity a line (no trailing newline). */
export function* generateFtmLines(options: SyntheticFtmOptions): Generator<string> {
  for (const entity of generateFtm(options)) yield JSON.stringify(entity);
}

// ---- our Dataset, directly ----

export interface SyntheticDatasetOptions {
  seed: number;
  /** Exactly this many nodes; about twice as many edges (measures, roles, links). */
  nodes: number;
}

/**
 * A seeded Dataset of exactly `nodes` nodes and about 2 x nodes edges (1.2 measures, 0.5 roles and
 * 0.3 links per node), for benchmarks: the same shapes as an import of generateFtm, built directly.
 */
export function generateDataset(options: SyntheticDatasetOptions): Dataset {
  const r = new Random(createRng(options.seed));
  const total = Math.max(2, Math.floor(options.nodes));
  const source: Source = {
    id: 'synthetic',
    kind: 'reference',
    title: `Synthetic data (seed ${options.seed})`,
    publisher: 'unknown',
    notes: ['Generated for tests and benchmarks: not real people or companies.'],
  };
  const sources = [source.id];
  const nodes: EntityNode[] = [];
  const node = (id: string, kind: NodeKind, name: string, extra: Partial<EntityNode> = {}): EntityNode => {
    const n: EntityNode = {
      id,
      kind,
      name,
      aliases: [],
      description: `Synthetic ${kind}.`,
      confidence: 'confirmed',
      notes: [],
      sources,
      ...extra,
    };
    nodes.push(n);
    return n;
  };
  const bodyCount = Math.min(SYNTHETIC_AUTHORITIES.length, Math.max(1, Math.round(total * 0.02)), total - 1);
  const bodySpecs = SYNTHETIC_AUTHORITIES.slice(0, bodyCount);
  for (const spec of bodySpecs) {
    node(spec.bodyId, 'sanctioningBody', spec.bodyName, {
      aliases: spec.names.map((name) => ({ name })),
      ...(spec.country === undefined ? {} : { country: spec.country }),
    });
  }
  const rest = total - bodyCount;
  const persons: EntityNode[] = [];
  const holders: EntityNode[] = [];
  const targets: EntityNode[] = [];
  for (let i = 0; i < rest; i++) {
    const roll = r.next();
    const id = (prefix: string) => `${prefix}-${(i + 1).toString(36).padStart(4, '0')}`;
    if (roll < 0.55) {
      const n = personName(r);
      const p = node(id('p'), 'person', n.name, {
        aliases: n.aliases.map((name) => ({ name })),
        country: n.country.toUpperCase(),
        ...(n.han === undefined ? {} : { chineseName: n.han }),
        ...(r.chance(0.7) ? { birth: { date: r.date(1940, 1995) } } : {}),
      });
      persons.push(p);
      targets.push(p);
    } else if (roll < 0.8) {
      const c = node(id('c'), 'company', companyName(r), { country: r.pick(COUNTRY_STYLES).country.toUpperCase() });
      holders.push(c);
      targets.push(c);
    } else if (roll < 0.92) {
      const a = node(id('a'), 'agency', publicBodyName(r), { country: r.pick(COUNTRY_STYLES).country.toUpperCase() });
      holders.push(a);
      targets.push(a);
    } else if (roll < 0.98) {
      const o = node(id('o'), 'organization', `${r.pick(COMPANY_WORDS)} Institute of ${r.pick(FIELDS)}`);
      holders.push(o);
      targets.push(o);
    } else {
      targets.push(
        node(id('g'), 'group', `Unnamed ${r.pick(FIELDS).toLowerCase()} officials`, { memberCount: r.int(2, 40) }),
      );
    }
  }

  const measures: Measure[] = [];
  const actions = new Map<string, Action>();
  const dates = announcementDates(r, Math.max(4, Math.ceil(total / 30)));
  const measureCount = targets.length === 0 ? 0 : Math.round(total * 1.2);
  for (let i = 0; i < measureCount; i++) {
    const b = r.int(0, bodySpecs.length - 1);
    const spec = bodySpecs[b];
    if (spec === undefined) continue;
    const program = r.pick(spec.programs);
    const target = targets[r.skewed(targets.length)] ?? r.pick(targets);
    const date = r.pick(dates[b] ?? ['2020-01-01']);
    const kind: MeasureKind = spec.counter
      ? 'counterSanction'
      : program.id === 'US-NS-CMIC'
        ? 'investmentBan'
        : program.id === 'US-BIS-EL'
          ? 'exportBlacklisting'
          : program.id === 'US-7031C'
            ? 'visaBan'
            : 'blocking';
    const actionId = `act-${date}-${spec.bodyId}-${program.id.toLowerCase()}`;
    if (!actions.has(actionId)) {
      actions.set(actionId, {
        id: actionId,
        date,
        title: `${spec.bodyName}: listings under ${program.id}`,
        body: spec.bodyId,
        description: `Synthetic announcement under ${program.name}.`,
        respondsTo: [],
        confidence: 'confirmed',
        notes: [],
        sources,
      });
    }
    measures.push({
      id: `m-${(i + 1).toString(36).padStart(5, '0')}`,
      kind,
      body: spec.bodyId,
      target: target.id,
      action: actionId,
      announced: date,
      legalBasis: program.name,
      program: program.id,
      description: program.provisions.join('; '),
      family: 'unknown',
      status: r.chance(0.9) ? 'inForce' : 'lifted',
      confidence: 'confirmed',
      notes: [],
      sources,
    });
  }

  const roles: Role[] = [];
  const roleCount = persons.length === 0 || holders.length === 0 ? 0 : Math.round(total * 0.5);
  for (let i = 0; i < roleCount; i++) {
    const start = r.date(1995, 2021);
    const ended = r.chance(0.5);
    const role: Role = {
      id: `r-${(i + 1).toString(36).padStart(5, '0')}`,
      person: r.pick(persons).id,
      organization: r.pick(holders).id,
      title: r.pick(ROLE_TITLES),
      start,
      status: ended ? 'former' : 'current',
      confidence: 'confirmed',
      notes: [],
      sources,
    };
    if (ended) role.end = r.date(Number(start.slice(0, 4)) + 1, 2024);
    roles.push(role);
  }

  const links: Link[] = [];
  const linkable = nodes.filter((n) => n.kind !== 'sanctioningBody');
  const linkCount = linkable.length < 2 ? 0 : Math.round(total * 0.3);
  for (let i = 0; i < linkCount; i++) {
    const a = r.int(0, linkable.length - 1);
    const source = linkable[a];
    const target = linkable[(a + r.int(1, linkable.length - 1)) % linkable.length];
    if (source === undefined || target === undefined) continue;
    const label =
      source.kind === 'person' && target.kind === 'person'
        ? `family: ${r.pick(RELATIONSHIPS)}`
        : `owner: ${r.int(5, 100)}%`;
    links.push({
      id: `l-${(i + 1).toString(36).padStart(5, '0')}`,
      source: source.id,
      target: target.id,
      label,
      confidence: 'confirmed',
      notes: [],
      sources,
    });
  }

  return {
    info: {
      id: `synthetic-${options.seed}-${total}`,
      title: `Synthetic sanctions data, ${total} nodes`,
      version: `synthetic-${options.seed}-${total}`,
    },
    sources: [source],
    nodes,
    roles,
    measures,
    actions: [...actions.values()],
    links,
  };
}
