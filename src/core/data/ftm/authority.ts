// Resolves the free-text `authority` of a FollowTheMoney Sanction ("OFAC", "U.S. Department of the Treasury")
// to one sanctioning body with a stable id, by a documented table of known bodies; unknown text gets its own body.
import type { MeasureKind } from '../../model/schema.ts';
import { cleanText, shortHash, slugify } from './text.ts';

/** A sanctioning body resolved from authority text. */
export interface SanctioningAuthority {
  /** Stable node id: the bundled dataset's id for known bodies (us-treasury...), a slug of the text otherwise. */
  id: string;
  name: string;
  /** ISO 3166 two-letter code, where the body is a country's. */
  country?: string;
  /** True when the text matched the table; false for a body made from unknown text. */
  known: boolean;
  /** The measure kind this body imposes when a Sanction says nothing else (see mapping.ts). */
  defaultMeasureKind?: MeasureKind;
}

/**
 * One rule: every phrase of `all` occurs in the normalised text as whole words, and no phrase of `none` does.
 * Phrases are written in normalised form (see authorityKey): lower case, no dots or apostrophes, single spaces.
 */
export interface AuthorityRule {
  all: string[];
  none?: string[];
}

export interface KnownAuthority {
  id: string;
  name: string;
  country?: string;
  defaultMeasureKind?: MeasureKind;
  /** The code a Sanction's `country` gives for a body of no one country (OpenSanctions writes "eu"). */
  area?: string;
  /** Normalised texts that name this body exactly (checked before any rule, across the whole table). */
  exact: string[];
  /** Checked in table order after the exact names: the first body with a matching rule wins. */
  rules: AuthorityRule[];
}

const NOT_TAIWAN = ['taiwan', 'roc', '中華民國'];

/**
 * The known sanctioning bodies. Order matters for the rules: HM Treasury (UK) is tried before the US
 * Treasury, specific US departments before the bare country names of other bodies.
 */
export const KNOWN_AUTHORITIES: readonly KnownAuthority[] = [
  {
    id: 'uk', name: 'UK Government (HM Treasury OFSI, FCDO)', country: 'GB', defaultMeasureKind: 'blocking',
    exact: ['uk', 'united kingdom', 'gb', 'great britain', 'hmg', 'ofsi', 'fcdo'],
    rules: [
      { all: ['ofsi'] }, { all: ['office of financial sanctions implementation'] }, { all: ['hm treasury'] },
      { all: ['her majestys treasury'] }, { all: ['his majestys treasury'] }, { all: ['fcdo'] },
      { all: ['foreign commonwealth and development office'] }, { all: ['foreign commonwealth development office'] },
      { all: ['foreign and commonwealth office'] }, { all: ['hm government'] }, { all: ['uk', 'government'] },
      { all: ['uk', 'sanctions'] }, { all: ['united kingdom', 'government'] }, { all: ['united kingdom', 'sanctions'] },
    ],
  },
  {
    id: 'us-treasury', name: 'US Department of the Treasury (OFAC)', country: 'US', defaultMeasureKind: 'blocking',
    exact: ['ofac', 'us treasury', 'office of foreign assets control', 'us department of the treasury',
      'department of the treasury', 'treasury department', 'united states department of the treasury'],
    rules: [
      { all: ['ofac'] }, { all: ['office of foreign assets control'] }, { all: ['department of the treasury'] },
      { all: ['treasury department'] }, { all: ['us', 'treasury'] }, { all: ['u s', 'treasury'] },
      { all: ['united states', 'treasury'] },
    ],
  },
  {
    id: 'us-state', name: 'US Department of State', country: 'US', defaultMeasureKind: 'visaBan',
    exact: ['us state department', 'state department', 'department of state', 'us department of state', 'dos'],
    rules: [
      { all: ['department of state'] }, { all: ['state department'] }, { all: ['us', 'secretary of state'] },
      { all: ['ddtc'] }, { all: ['directorate of defense trade controls'] },
      { all: ['bureau of international security and nonproliferation'] },
    ],
  },
  {
    id: 'us-commerce', name: 'US Department of Commerce (BIS)', country: 'US', defaultMeasureKind: 'exportBlacklisting',
    exact: ['bis', 'bureau of industry and security', 'commerce department', 'department of commerce',
      'us department of commerce', 'us commerce'],
    rules: [
      { all: ['bureau of industry and security'] }, { all: ['bis'] }, { all: ['department of commerce'] },
      { all: ['commerce department'] }, { all: ['us', 'commerce'] }, { all: ['united states', 'commerce'] },
    ],
  },
  {
    id: 'us-dhs', name: 'US Department of Homeland Security', country: 'US', defaultMeasureKind: 'importBan',
    exact: ['dhs', 'cbp', 'fletf'],
    rules: [
      { all: ['homeland security'] }, { all: ['customs and border protection'] },
      { all: ['forced labor enforcement task force'] }, { all: ['cbp'] }, { all: ['fletf'] },
    ],
  },
  {
    id: 'us-dod', name: 'US Department of Defense', country: 'US', defaultMeasureKind: 'investmentBan',
    exact: ['dod', 'pentagon'],
    rules: [{ all: ['department of defense'] }, { all: ['defense department'] }],
  },
  {
    id: 'us-congress-president', name: 'US Congress and President', country: 'US', defaultMeasureKind: 'importBan',
    exact: ['us congress', 'united states congress', 'congress'],
    rules: [{ all: ['us congress'] }, { all: ['united states congress'] }, { all: ['congress', 'president'] }],
  },
  {
    id: 'cn-mfa', name: 'PRC Ministry of Foreign Affairs', country: 'CN', defaultMeasureKind: 'counterSanction',
    exact: ['外交部', '中华人民共和国外交部', '中国外交部', '中華人民共和國外交部', 'prc mfa', 'china mfa', 'cn mfa'],
    rules: [
      { all: ['ministry of foreign affairs', 'china'], none: NOT_TAIWAN },
      { all: ['ministry of foreign affairs', 'chinese'], none: NOT_TAIWAN },
      { all: ['ministry of foreign affairs', 'prc'] }, { all: ['foreign ministry', 'china'], none: NOT_TAIWAN },
      { all: ['chinese foreign ministry'] }, { all: ['mfa', 'china'], none: NOT_TAIWAN }, { all: ['mfa', 'prc'] },
      { all: ['中华人民共和国外交部'] },
    ],
  },
  {
    id: 'cn-mofcom', name: 'PRC Ministry of Commerce (MOFCOM)', country: 'CN', defaultMeasureKind: 'counterSanction',
    exact: ['mofcom', '商务部', '中华人民共和国商务部'],
    rules: [
      { all: ['mofcom'] }, { all: ['ministry of commerce', 'china'], none: NOT_TAIWAN },
      { all: ['ministry of commerce', 'prc'] }, { all: ['unreliable entity list'] }, { all: ['中华人民共和国商务部'] },
    ],
  },
  {
    id: 'ru-mfa', name: 'Russian Ministry of Foreign Affairs', country: 'RU', defaultMeasureKind: 'counterSanction',
    exact: ['мид россии', 'мид рф'],
    rules: [
      { all: ['ministry of foreign affairs', 'russia'] }, { all: ['ministry of foreign affairs', 'russian'] },
      { all: ['russian', 'foreign ministry'] }, { all: ['министерство иностранных дел', 'российской'] },
    ],
  },
  {
    id: 'un-security-council', name: 'UN Security Council', defaultMeasureKind: 'blocking',
    exact: ['un', 'unsc', 'united nations', 'un security council', 'united nations security council', 'security council'],
    rules: [{ all: ['security council'] }, { all: ['unsc'] }, { all: ['united nations'] }, { all: ['un', 'sanctions'] }],
  },
  {
    id: 'eu', name: 'European Union (Council of the EU)', defaultMeasureKind: 'blocking', area: 'EU',
    exact: ['eu', 'european union', 'council of the european union', 'council of the eu', 'eu council'],
    rules: [
      { all: ['european union'] }, { all: ['council of the eu'] }, { all: ['european council'] },
      { all: ['european commission'] }, { all: ['eu'] },
      // The Commission's DG FISMA publishes the EU's consolidated financial sanctions file (eu_fsf).
      { all: ['directorate general for financial stability'] },
    ],
  },
  {
    id: 'ca-government', name: 'Government of Canada (Global Affairs Canada)', country: 'CA', defaultMeasureKind: 'blocking',
    exact: ['canada', 'global affairs canada', 'government of canada'],
    rules: [{ all: ['global affairs canada'] }, { all: ['canada'] }, { all: ['canadian'] }],
  },
  {
    id: 'au-dfat', name: 'Australian Government (DFAT)', country: 'AU', defaultMeasureKind: 'blocking',
    exact: ['dfat', 'australia', 'australian government'],
    rules: [{ all: ['dfat'] }, { all: ['department of foreign affairs and trade'] }, { all: ['australia'] },
      { all: ['australian'] }],
  },
  {
    id: 'ch-seco', name: 'Switzerland (SECO)', country: 'CH', defaultMeasureKind: 'blocking',
    exact: ['seco', 'switzerland'],
    rules: [{ all: ['seco'] }, { all: ['state secretariat for economic affairs'] }, { all: ['switzerland'] },
      { all: ['swiss'] }],
  },
  {
    id: 'jp-government', name: 'Government of Japan', country: 'JP', defaultMeasureKind: 'blocking',
    exact: ['japan', 'government of japan'],
    rules: [{ all: ['japan'] }, { all: ['japanese'] }],
  },
  {
    // Decides Ukraine's sanctions (enacted by presidential decree); OpenSanctions' ua_nsdc names it in English.
    id: 'ua-nsdc', name: 'National Security and Defense Council of Ukraine', country: 'UA', defaultMeasureKind: 'blocking',
    exact: ['nsdc', 'rnbo', 'рнбо', 'рнбо україни'],
    rules: [
      { all: ['national security and defense council'] }, { all: ['national security and defence council'] },
      { all: ['рада національної безпеки і оборони'] },
    ],
  },
];

/**
 * A listing is one measure by one body: of the authorities a Sanction names (resolved, in order), the body is
 * the first known (in the table, or for the browser an entity of the file), else the first named. The US
 * Consolidated Screening List names the BIS and the International Trade Administration, which publishes it;
 * Ukraine's decisions name the SBU, which proposed them, and the NSDC, which decided them. A listing of the
 * EU's programme (`programme`, see programmeAuthority) is the EU's: the first authority naming it, a known one
 * first, else -1 (the programme's body, not named). Shared by the browser importer and the server's ingest.
 * Returns the lead's index (0 for an empty list and no programme).
 */
export function leadAuthorityIndex(
  named: readonly SanctioningAuthority[],
  known: readonly boolean[],
  programme?: SanctioningAuthority,
): number {
  if (programme !== undefined) {
    const own = named.flatMap((a, i) => (a.id === programme.id ? [i] : []));
    return own.find((i) => known[i]) ?? own[0] ?? -1;
  }
  const index = known.indexOf(true);
  return index === -1 ? 0 : index;
}

/**
 * The body whose sanctions programme a Sanction's programme id names, where that says more than its authority
 * text: OpenSanctions' programme ids begin with their owner ("EU-UKR"), and EU members' national registries
 * (Belgium's FPS Finance, France's Trésor) republish the EU's listings under the EU's ids. Only the EU: its
 * members publish its listings; other lists (Switzerland's, Monaco's) are their own measures.
 */
export function programmeAuthority(
  programIds: readonly string[],
  country: string | undefined,
): SanctioningAuthority | undefined {
  // The first programme id is the listing's own; a country outside the EU keeps its list (a Swiss record).
  const own = programIds[0]?.trim() ?? '';
  const inEu = country === undefined || country === 'EU' || EU_MEMBERS.has(country);
  return /^EU-/i.test(own) && inEu ? normaliseAuthority('European Union') : undefined;
}

/** The EU's member states (ISO 3166-1 alpha-2; Greece is GR). */
const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/**
 * The text an authority is compared by: Unicode-normalised, lower case, dots and apostrophes removed
 * ("U.S." -> "us", "People's" -> "peoples"), "&" read as "and", every other run of non-letters a single space,
 * a leading "the" dropped.
 */
export function authorityKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.'’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const HAN = /\p{Script=Han}/u;

function hasPhrase(paddedKey: string, phrase: string): boolean {
  // Words are space-separated in the key; Chinese script has no spaces, so it is matched as a substring.
  return HAN.test(phrase) ? paddedKey.includes(phrase) : paddedKey.includes(` ${phrase} `);
}

function matches(paddedKey: string, rule: AuthorityRule): boolean {
  return rule.all.every((p) => hasPhrase(paddedKey, p)) && !(rule.none ?? []).some((p) => hasPhrase(paddedKey, p));
}

const EXACT = new Map<string, KnownAuthority>();
for (const body of KNOWN_AUTHORITIES) for (const name of body.exact) EXACT.set(name, body);

function resolved(body: KnownAuthority): SanctioningAuthority {
  const out: SanctioningAuthority = { id: body.id, name: body.name, known: true };
  if (body.country !== undefined) out.country = body.country;
  if (body.defaultMeasureKind !== undefined) out.defaultMeasureKind = body.defaultMeasureKind;
  return out;
}

/**
 * Resolves authority text to one sanctioning body, ignoring case, punctuation and white space:
 * an exact name from the table, else the first rule that matches in table order, else a body of its own
 * whose id is a slug of the text ("authority-<hash>" when the text has no Latin letters) and the country,
 * and whose name is the text itself. With a `country` (the Sanction's), a table body of another country
 * (or the UN) never matches: Ukraine's "National Security and Defense Council" is not the UN Security Council.
 * Never returns nothing: an unknown authority is kept, not dropped.
 */
export function normaliseAuthority(text: string, country?: string): SanctioningAuthority {
  // A file names the same few authorities on thousands of sanctions: each (text, country) is resolved once.
  const memoKey = `${country ?? ''}\u0000${text}`;
  let found = RESOLVED.get(memoKey);
  if (!found) {
    if (RESOLVED.size >= MAX_RESOLVED) RESOLVED.clear();
    found = resolveAuthority(text, country);
    RESOLVED.set(memoKey, found);
  }
  return { ...found };
}

/** Resolved authorities by country and text; cleared when full, so that an odd file cannot grow it unbounded. */
const RESOLVED = new Map<string, SanctioningAuthority>();
const MAX_RESOLVED = 10_000;

function resolveAuthority(text: string, country: string | undefined): SanctioningAuthority {
  const key = authorityKey(text);
  const fits = (body: KnownAuthority) => country === undefined || (body.country ?? body.area) === country;
  const exact = EXACT.get(key);
  if (exact && fits(exact)) return resolved(exact);
  const padded = ` ${key} `;
  for (const body of KNOWN_AUTHORITIES) {
    if (fits(body) && body.rules.some((rule) => matches(padded, rule))) return resolved(body);
  }
  // Unknown bodies are keyed by name and country: Japan's and Ukraine's "Ministry of Finance" are two bodies.
  const name = cleanText(text);
  const slug = slugify(key);
  const base = slug !== '' ? slug : `authority-${shortHash(key)}`;
  const out: SanctioningAuthority = {
    id: country === undefined ? base : `${base}-${country.toLowerCase()}`,
    name: name !== '' ? name : 'Unnamed authority',
    known: false,
  };
  if (country !== undefined) out.country = country;
  return out;
}
