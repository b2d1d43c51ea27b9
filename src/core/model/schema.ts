// The domain model of the dataset: nodes (people, agencies, companies, sanctioning bodies...), roles,
// measures, the actions that announce measures, and the sources every record cites. One zod schema per record.
import { z } from 'zod';
import { CONFIDENCES, LIST_TYPES, MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS, ROLE_STATUSES } from './kinds.ts';
import { safeHttpUrl } from '../text/safeUrl.ts';
import { cleanName, hasControls } from '../text/cleanText.ts';

// The vocabularies live in kinds.ts (no zod); re-exported here for code that already imports the schema.
export { CONFIDENCES, LIST_TYPES, MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS, ROLE_STATUSES };
export type { Confidence, ListType, MeasureKind, MeasureStatus, NodeKind } from './kinds.ts';

/** A date as precise as the sources allow: "2020", "2020-07" or "2020-07-09". */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
/** A partial date, or "unknown" when the sources say a date exists but not what it is. */
export const dateOrUnknown = z.union([z.literal('unknown'), partialDate]);

const id = z.string().regex(/^[a-z0-9][a-z0-9._:-]*$/, 'expected an id of lower-case letters, digits and . _ : -');
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine(
    (value) => !hasControls(value),
    'holds control or text-direction characters (they can make text read backwards)',
  )
  .refine((value) => cleanName(value) !== null, 'has no visible character');
/** Ids of the sources a record rests on: every node and edge cites at least one. */
const sourceIds = z.array(id).min(1, 'every record cites at least one source');
const confidence = z.enum(CONFIDENCES).default('confirmed');
/** Reader text: plain sentences shown in the panels (no file names, record ids or placeholders). */
const notes = z.array(text).default([]);
/** What a fact is, for where it is shown and whether it is searched: identifiers are (a user pastes an INN). */
export const FACT_GROUPS = ['identifier', 'about', 'address', 'link', 'record'] as const;
/** A labelled fact kept as the source gives it ("INN: 1234", "Listing date: 2025-03-15"). */
const factSchema = z.object({
  label: text,
  value: text,
  group: z.enum(FACT_GROUPS).optional(),
  /** The FtM property it came from, so the FtM export writes it back where it was. */
  property: z
    .string()
    .regex(/^[A-Za-z]+$/)
    .optional(),
});
/** Working notes for whoever edits the data (how a fact or an address was checked): kept, shown nowhere. */
const editorNotes = z.array(text).optional();

/** What a source is: a seed news article, an official document of a government or body, or another reference. */
export const SOURCE_KINDS = ['article', 'official', 'reference'] as const;

/** An absolute http(s) address; javascript:, data:, vbscript: and every other scheme are refused by name. */
const httpUrl = z
  .string()
  .superRefine((value, ctx) => {
    if (safeHttpUrl(value) !== null) return;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1];
    ctx.addIssue({
      code: 'custom',
      message:
        scheme !== undefined && !/^https?$/i.test(scheme)
          ? `a "${scheme.toLowerCase()}:" address: only http(s) addresses are accepted`
          : 'not an absolute http(s) address',
    });
  })
  .meta({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });

export const sourceSchema = z.object({
  id,
  kind: z.enum(SOURCE_KINDS),
  title: text,
  /** "unknown" where the text names no publisher: never guessed (readers see no publisher then). */
  publisher: text,
  date: dateOrUnknown.optional(),
  /** For the seed articles: their number, "000" to "004". */
  article: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  /** Only http(s): the address becomes a link (safeHttpUrl); data:check names any other scheme, and asks for https. */
  url: httpUrl.optional(),
  /**
   * When `url` leads to a copy on another site (the publisher's own page was not found): who published the
   * copy ("STL.News"). Citations say "copy published by ..." so a copy is never credited to the publisher.
   */
  copyBy: text.optional(),
  notes,
  editorNotes,
});

export const aliasSchema = z.object({
  name: text,
  /** Why this name exists: e.g. "misspelt in article 003". */
  note: z.string().optional(),
});

export const nodeSchema = z.object({
  id,
  kind: z.enum(NODE_KINDS),
  name: text,
  /** Name in Chinese script, where known. Searchable like any alias. */
  chineseName: text.optional(),
  aliases: z.array(aliasSchema).default([]),
  /** ISO 3166-1 alpha-2, e.g. "CN", "US", "RU". */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166 two-letter country code')
    .optional(),
  birth: z.object({ date: dateOrUnknown.optional(), place: text.optional() }).optional(),
  description: text,
  /** For group nodes: how many members the sources count, if they do. */
  memberCount: z.number().int().positive().optional(),
  /** Imported facts (identifiers, dates, addresses, links, source lists), each as the source gives it. */
  facts: z.array(factSchema).optional(),
  /** The FtM schema an imported entity had (Vessel, Company...): the export writes it back. */
  schema: text.optional(),
  /** FtM topics of an imported entity ("sanction", "debarment", "role.pep"...). */
  topics: z.array(text).optional(),
  confidence,
  notes,
  editorNotes,
  sources: sourceIds,
});

export const roleSchema = z.object({
  id,
  person: id,
  /** The agency, body or organisation the post belongs to. */
  organization: id,
  title: text,
  start: dateOrUnknown,
  /** Absent: the sources record no end (treated as still held). "unknown": ended, date not known. */
  end: dateOrUnknown.optional(),
  status: z.enum(ROLE_STATUSES),
  /** The FtM schema it was imported from (Directorship, Employment, Membership, Occupancy). */
  relation: text.optional(),
  /** Imported facts of the relationship, labelled as the FtM model labels them. */
  facts: z.array(factSchema).optional(),
  confidence,
  notes,
  editorNotes,
  sources: sourceIds,
});

export const measureSchema = z.object({
  id,
  kind: z.enum(MEASURE_KINDS),
  /** The sanctioning body that imposed it. */
  body: id,
  target: id,
  /** The announcement this measure was part of. */
  action: id,
  announced: partialDate,
  /** Where it differs from the announcement. */
  effective: partialDate.optional(),
  legalBasis: text,
  /** OpenSanctions-style program id where one applies: US-GLOMAG, US-7031C, US-BIS-EL, US-NS-CMIC, CN-CML... */
  program: text.optional(),
  /** What the measure does, in our words. */
  description: text,
  /** Whether the measure extends to the target's family, as the sources say. */
  family: z.enum(['included', 'possibly', 'no', 'unknown']).default('unknown'),
  status: z.enum(MEASURE_STATUSES).default('unknown'),
  /** Absent in curated data (a sanction); imported measures say which kind of list they come from. */
  listType: z.enum(LIST_TYPES).optional(),
  /** The source gives no date: `announced` is a placeholder the timeline leaves out. */
  undated: z.boolean().optional(),
  /**
   * The source gives no date, but the listing was seen by `announced` (OpenSanctions' first_seen): it was
   * announced then or before. Panels write "by" that date.
   */
  announcedBy: z.boolean().optional(),
  /** Where the source says it ends (or ended). */
  end: partialDate.optional(),
  /** Every provision as written, with the kind read from it where one matches. */
  provisions: z.array(z.object({ text, kind: z.enum(MEASURE_KINDS).optional() })).optional(),
  /** Other dates and facts of the listing as the source gives them, labelled. */
  facts: z.array(factSchema).optional(),
  /** Ids of the source lists the record came from (OpenSanctions datasets). */
  datasets: z.array(text).optional(),
  confidence,
  notes,
  editorNotes,
  sources: sourceIds,
});

export const actionSchema = z.object({
  id,
  date: partialDate,
  /** Short, for the timeline: "US Treasury blocks 4 officials and the XPSB". */
  title: text,
  body: id,
  description: text,
  /** Earlier actions that this one answered, as the sources say. */
  respondsTo: z.array(id).default([]),
  confidence,
  notes,
  editorNotes,
  sources: sourceIds,
});

/** A generic relationship (ownership, family, associate...) as imported from other data. */
export const linkSchema = z.object({
  id,
  source: id,
  target: id,
  label: text,
  start: dateOrUnknown.optional(),
  end: dateOrUnknown.optional(),
  /** The FtM schema it was imported from: Ownership, Family, Associate, Payment, UnknownLink... */
  relation: text.optional(),
  /** Imported facts of the relationship (percentage, shares, relationship, amounts...), labelled. */
  facts: z.array(factSchema).optional(),
  /** For payments between one payer and one beneficiary: how many there were (their facts list each). */
  count: z.number().int().positive().optional(),
  confidence,
  notes,
  editorNotes,
  sources: sourceIds,
});

/** How sure a judgement is that two nodes are one body: "same" merges them by default, "possibly" only says so. */
export const IDENTITY_JUDGEMENTS = ['same', 'possibly'] as const;

/**
 * A judgement that two (or more) nodes stand for one body under different names, as a resolver keeps it:
 * the explorer shows judged-same nodes as one node (the first id's record leads) unless the view splits them.
 */
export const identitySchema = z.object({
  id,
  nodes: z.array(id).min(2, 'an identity judgement joins at least two nodes'),
  judgement: z.enum(IDENTITY_JUDGEMENTS),
  confidence,
  notes,
  editorNotes,
  sources: sourceIds,
});

export const datasetInfoSchema = z.object({
  id,
  title: text,
  /** Changes whenever the data changes; shared links name it. */
  version: text,
  description: text.optional(),
  /** The date the data was last checked against its sources (what "in force" means is as of then). */
  date: partialDate.optional(),
  /** What the dataset covers and leaves out, for the About panel: plain sentences. */
  coverage: z.array(text).optional(),
  /** How to cite the dataset. */
  citation: text.optional(),
  /** Credit lines for third-party data it carries. */
  credits: z.array(text).optional(),
});

export type PartialDate = z.infer<typeof partialDate>;
export type DateOrUnknown = z.infer<typeof dateOrUnknown>;
export type Source = z.infer<typeof sourceSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type EntityNode = z.infer<typeof nodeSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;
export type Fact = z.infer<typeof factSchema>;

/** The whole dataset, as loaded and validated. */
export interface Dataset {
  info: DatasetInfo;
  sources: Source[];
  nodes: EntityNode[];
  roles: Role[];
  measures: Measure[];
  actions: Action[];
  links: Link[];
  /** Identity judgements (identities.json, optional): nodes that are one body under two names. */
  identities?: Identity[];
}

/** The files of a dataset folder and the record schema each holds (an array of records). */
export const DATA_FILES = {
  'dataset.json': datasetInfoSchema,
  'sources.json': z.array(sourceSchema),
  'nodes.json': z.array(nodeSchema),
  'roles.json': z.array(roleSchema),
  'actions.json': z.array(actionSchema),
  'measures.json': z.array(measureSchema),
  'links.json': z.array(linkSchema),
  'identities.json': z.array(identitySchema),
} as const;
