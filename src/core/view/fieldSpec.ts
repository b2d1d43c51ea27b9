// What one row of the view field table (fields.ts) says about its field: everything the codec, the view-file
// reader, equality, history and the cleaner need, so that they are loops over the table.
import type { JsonInput, LinkInput } from './readers.ts';
import type { KnownData, ViewState } from './types.ts';

/** One key of the view link, as docs/link-format.md lists it. */
export interface LinkKey {
  /** The key as written in the link. */
  key: string;
  /** The ViewState field it carries (with a sub-field where one field has several keys). */
  field: string;
  meaning: string;
  /** What the link holds when the key is absent (the key is omitted when the state has the default). */
  absent: string;
  example: string;
}

/** What a field's clean rule sees. */
export interface CleanInput {
  known: KnownData;
  /**
   * The node the id names in the data the view will show: the id itself, or the node an identity judgement
   * merged it into. Null when the data has no such node, and `what "id"` is recorded as missing.
   */
  nodeId(id: string, what: string): string | null;
  /** True when the data has the edge; otherwise records `what "id"` as missing. */
  hasEdge(id: string, what: string): boolean;
  /** Notices other than missing ids. */
  notices: string[];
  /** The state being cleaned: the fields before this one in the table are already clean. */
  state: ViewState;
}

export interface FieldSpec<K extends keyof ViewState> {
  /** One line: what the field holds. */
  doc: string;
  /** Its link keys, in the order they are written ([] for a field links do not carry). */
  link: readonly LinkKey[];
  /** 'push': a change adds a browser-history entry; 'replace': it only replaces the current one. */
  history: 'push' | 'replace';
  /** A fresh default value (the view a new visitor sees). */
  default: () => ViewState[K];
  /** The link's key=value pairs for the value; none when it is the default. */
  write: (value: ViewState[K]) => [string, string][];
  /** Reads the field from link text; undefined keeps the default. Notes what it ignored. */
  readLink: (link: LinkInput) => ViewState[K] | undefined;
  /** Reads the field from untrusted JSON (a view file); undefined keeps the default. Notes what it ignored. */
  readJson: (input: JsonInput) => ViewState[K] | undefined;
  /** True for a valid value (strict: no extra keys). */
  valid: (value: unknown) => boolean;
  /** Equal as a user sees it (hidden lists compare as sets, positions as maps). */
  equal: (a: ViewState[K], b: ViewState[K]) => boolean;
  /** Fits the value to the loaded data (drops unknown ids, clamps numbers). */
  clean: (value: ViewState[K], input: CleanInput) => ViewState[K];
  /** The value as a link reproduces it (rounded numbers); absent when links keep it exactly. */
  round?: (value: ViewState[K]) => ViewState[K];
}

/** The table's type: one row per ViewState field, so the compiler catches a missing or extra row. */
export type FieldTable = { [K in keyof ViewState]: FieldSpec<K> };
