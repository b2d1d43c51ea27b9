// What kind of list a FollowTheMoney Sanction record comes from: sanctions, debarment, director
// disqualification, export control... read from its OpenSanctions dataset ids, never guessed from the schema
// name (OpenSanctions writes every listing, sanction or not, as a Sanction entity).
//
// Source of the tables below: OpenSanctions' own dataset metadata, one file per dataset id in the
// opensanctions/opensanctions repository (datasets/**/<id>.yml, read at commit f33cff2 of 2026-08-22): each id
// was checked against its file's title, summary, publisher and `tags` (list.sanction, list.debarment,
// list.export, list.wanted, list.pep...), and the program ids against meta/programs/<id>.yml and the lookups of
// the mixed collections (us_trade_csl.yml, cn_sanctions.yml). An id whose file says something else is left out.
import type { ListType } from '../../model/kinds.ts';

/**
 * OpenSanctions dataset ids whose kind of list we know. An id not here is "list type not known".
 * `byProgram` marks a collection that mixes lists (the US Consolidated Screening List, China's sanctions
 * research): its records are typed by their program id (PROGRAM_LIST_TYPES), else by their own topics.
 */
export const DATASET_LIST_TYPES: ReadonlyMap<string, ListType | 'byProgram'> = new Map<string, ListType | 'byProgram'>([
  // Sanctions: asset freezes, travel bans and other restrictive measures of a government or the UN.
  ['us_ofac_sdn', 'sanctions'],
  ['us_ofac_cons', 'sanctions'],
  ['un_sc_sanctions', 'sanctions'],
  ['eu_fsf', 'sanctions'],
  ['eu_travel_bans', 'sanctions'],
  ['eu_journal_sanctions', 'sanctions'],
  ['eu_sanctions_map', 'sanctions'],
  // OFSI's consolidated list: removed by OpenSanctions in 2026-03 in favour of gb_fcdo_sanctions, but older
  // exports still carry the id.
  ['gb_hmt_sanctions', 'sanctions'],
  ['gb_fcdo_sanctions', 'sanctions'],
  ['ch_seco_sanctions', 'sanctions'],
  ['ca_dfatd_sema_sanctions', 'sanctions'],
  ['au_dfat_sanctions', 'sanctions'],
  ['nz_russia_sanctions', 'sanctions'],
  ['jp_mof_sanctions', 'sanctions'],
  ['ua_nsdc_sanctions', 'sanctions'],
  ['be_fod_sanctions', 'sanctions'],
  ['fr_tresor_gels_avoir', 'sanctions'],
  ['mc_fund_freezes', 'sanctions'],
  ['lv_fiu_sanctions', 'sanctions'],
  // US visa restrictions under Section 7031(c) and the anti-kleptocracy and human rights programs.
  ['us_klepto_hr_visa', 'sanctions'],
  // Exclusion from public contracts or development-bank financing.
  ['us_sam_exclusions', 'debarment'],
  ['worldbank_debarred', 'debarment'],
  ['adb_sanctions', 'debarment'],
  ['afdb_sanctions', 'debarment'],
  ['ebrd_ineligible', 'debarment'],
  // The State Department's statutory and administrative debarments under the Arms Export Control Act.
  ['us_ddtc_debarred', 'debarment'],
  // UK Companies House: people barred from acting as company directors.
  ['gb_coh_disqualified', 'directorDisqualification'],
  // Export controls: end-user and entity lists.
  ['jp_meti_ru', 'exportControl'],
  ['jp_meti_eul', 'exportControl'],
  ['tw_shtc', 'exportControl'],
  ['us_bis_denied', 'exportControl'],
  // Wanted persons and criminal lists.
  ['interpol_red_notices', 'crime'],
  ['us_fbi_most_wanted', 'crime'],
  // Politically exposed persons.
  ['everypolitician', 'pep'],
  ['wd_peps', 'pep'],
  // Ukraine's defence intelligence "War and sanctions" portal: people and firms it finds involved in the
  // war, published as a watch list, not as a measure of a sanctioning authority.
  ['ua_war_sanctions', 'watchlist'],
  ['us_trade_csl', 'byProgram'],
  // China's counter-measures, unreliable entity and export control lists in one collection.
  ['cn_sanctions', 'byProgram'],
]);

/** Program ids that say which list a record of a mixed collection is on. */
const PROGRAM_LIST_TYPES: readonly { pattern: RegExp; type: ListType }[] = [
  // us_trade_csl: the BIS lists (Entity List, Denied Persons, Unverified, Military End User) are export
  // controls; its ITAR debarment list is US-AECA-DEBARRED (the US-DDTC-* ids belong to the us_ddtc_debarred
  // dataset, typed above by its id); the State Department's nonproliferation sanctions are US-DOS-ISN.
  { pattern: /^US-BIS-/i, type: 'exportControl' },
  { pattern: /^US-AECA-DEBARRED$/i, type: 'debarment' },
  { pattern: /^US-DOS-ISN$/i, type: 'sanctions' },
  // cn_sanctions: the counter-measures list, and MOFCOM's export control list and watch list.
  { pattern: /^CN-CML$/i, type: 'sanctions' },
  { pattern: /^CN-EC(W)?L$/i, type: 'exportControl' },
];

/** FtM topics (on a Sanction, or on its target when nothing else tells) that name one kind of list. */
export const TOPIC_LIST_TYPES: ReadonlyMap<string, ListType> = new Map<string, ListType>([
  ['sanction', 'sanctions'],
  ['sanction.counter', 'sanctions'],
  ['debarment', 'debarment'],
  ['corp.disqual', 'directorDisqualification'],
  ['export.control', 'exportControl'],
  ['crime', 'crime'],
  ['wanted', 'crime'],
  ['role.pep', 'pep'],
  ['sanction.linked', 'sanctionLinked'],
]);

/**
 * The list type of one Sanction record, in this order:
 * 1. its datasets (DATASET_LIST_TYPES; a mixed collection by its program id): the known types, when they agree;
 * 2. its own topics, when they name exactly one kind;
 * 3. when the record names no dataset at all (an Aleph or hand-made file): its target's topics, when they
 *    name exactly one kind; "unknown" when they name several; "sanctions" (the FtM schema's word) with none;
 * 4. a record whose datasets are all unknown ids: "unknown", never "sanctions" because of the schema's name.
 */
export function listTypeOf(
  datasets: readonly string[],
  programIds: readonly string[],
  ownTopics: readonly string[],
  targetTopics: readonly string[],
): ListType {
  const fromDatasets = new Set<ListType>();
  for (const dataset of datasets) {
    const type = DATASET_LIST_TYPES.get(dataset);
    if (type === 'byProgram') {
      const byProgram = programIds
        .map((p) => PROGRAM_LIST_TYPES.find((rule) => rule.pattern.test(p))?.type)
        .find((t) => t !== undefined);
      if (byProgram !== undefined) fromDatasets.add(byProgram);
    } else if (type !== undefined) fromDatasets.add(type);
  }
  if (fromDatasets.size === 1) return [...fromDatasets][0] ?? 'unknown';
  if (fromDatasets.size > 1) return 'unknown';
  const own = oneType(ownTopics);
  if (own !== undefined) return own;
  if (datasets.length > 0) return 'unknown';
  // A file without OpenSanctions' source lists (Aleph, hand-made): the target's topics when they name one
  // kind; when they name several, unknown; with none at all, the FtM schema's own word: a sanction.
  const fromTarget = oneType(targetTopics);
  if (fromTarget !== undefined) return fromTarget;
  return targetTopics.some((t) => TOPIC_LIST_TYPES.has(t)) ? 'unknown' : 'sanctions';
}

function oneType(topics: readonly string[]): ListType | undefined {
  const types = new Set(topics.map((t) => TOPIC_LIST_TYPES.get(t)).filter((t) => t !== undefined));
  return types.size === 1 ? [...types][0] : undefined;
}
