// The view field table: one row per ViewState field with its link keys, default, link and JSON readers,
// writer, validity, equality, clean rule, history rule and doc. The codec, the view-file reader, equality,
// history, the cleaner and docs/link-format.md are loops over it, so a new field is one row here (and its
// type in types.ts), and the compiler asks for every part of the row.
import type { FieldTable, LinkKey } from './fieldSpec.ts';
import { defaultFilters, filtersField } from './filterField.ts';
import { quote } from './notices.ts';
import { uniqueBy } from './cleanIds.ts';
import {
  escapeLinkText,
  ignoredJsonValue,
  ignoredLinkValue,
  readId,
  readJsonList,
  readTextList,
  unescapeLinkText,
} from './readers.ts';
import { curationField, selectedNodesField } from './curationField.ts';
import { asOfField } from './asOfField.ts';
import { enumField } from './enumField.ts';
import { cameraField, positionsField } from './spatialFields.ts';
import {
  EXPANSION_KINDS,
  IDENTITY_VIEWS,
  LAYOUTS,
  MAIN_VIEWS,
  PANELS,
  SIZE_MEASURES,
  VIEW_STATE_VERSION,
  type ExpansionKind,
  type ViewState,
} from './types.ts';
import {
  isDatasetVersion,
  isExpansion,
  isExpansions,
  isFocus,
  isPath,
  isPlainRecord,
  isSelection,
  isStrictObject,
  isValidId,
  type Check,
} from './validate.ts';

export { defaultFilters };

type Expansion = ViewState['expanded'][number];
const EXPANSION_LETTERS: Record<ExpansionKind, string> = { measures: 'm', roles: 'r', links: 'l' };
const expansionKey = (e: Expansion): string => `${e.kind} ${e.node}`;
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const setB = new Set(b);
  return new Set(a).size === setB.size && a.every((item) => setB.has(item));
};
const keepAsIs = <T>(value: T): T => value;

export const VIEW_FIELDS: FieldTable = {
  version: {
    doc: 'The view state format version; the codec and the view-file reader check it first.',
    link: [
      {
        key: 'v',
        field: 'version',
        meaning: 'Link format version. Always written, always first.',
        absent: 'read as 1, with a notice',
        example: 'v=1',
      },
    ],
    history: 'replace',
    default: () => VIEW_STATE_VERSION,
    write: () => [['v', String(VIEW_STATE_VERSION)]],
    readLink: () => undefined,
    readJson: () => undefined,
    valid: (value) => value === VIEW_STATE_VERSION,
    equal: (a, b) => a === b,
    clean: keepAsIs,
  },
  dataset: {
    doc: 'The dataset version the view was made on; cleaning sets it to the loaded one.',
    link: [
      {
        key: 'd',
        field: 'dataset',
        meaning: 'The dataset version the view was made on.',
        absent: 'no dataset version',
        example: 'd=2026-11-01',
      },
    ],
    history: 'replace',
    default: () => null,
    write: (dataset) => (dataset === null ? [] : [['d', escapeLinkText(dataset)]]),
    readLink: (link) => {
      const text = link.get('d');
      if (text === undefined) return undefined;
      const version = unescapeLinkText(text);
      if (isDatasetVersion(version)) return version;
      ignoredLinkValue(link, 'd', 'dataset version', text, 'not a readable version name');
      return undefined;
    },
    readJson: (input) => {
      if (isDatasetVersion(input.value)) return input.value;
      if (input.value !== undefined && input.value !== null)
        ignoredJsonValue(input, 'dataset version', input.value, 'not a version name');
      return undefined;
    },
    valid: (value) => value === null || isDatasetVersion(value),
    equal: (a, b) => a === b,
    clean: (dataset, input) => input.known.datasetVersion ?? dataset,
  },
  selection: {
    doc: 'The selected node or edge, whose details the side panel shows.',
    link: [
      {
        key: 's',
        field: 'selection',
        meaning: 'The selected node (`n:<node id>`) or edge (`e:<edge id>`).',
        absent: 'nothing selected',
        example: 's=n:chen-quanguo',
      },
    ],
    history: 'push',
    default: () => null,
    write: (s) => (s ? [['s', `${s.type === 'node' ? 'n' : 'e'}:${escapeLinkText(s.id)}`]] : []),
    readLink: (link) => {
      const text = link.get('s');
      if (text === undefined) return undefined;
      const match = /^([ne]):(.*)$/s.exec(text);
      const id = match ? readId(match[2] ?? '') : null;
      if (match && id !== null) return { type: match[1] === 'n' ? 'node' : 'edge', id };
      ignoredLinkValue(link, 's', 'selection', text, 'expected n:<node id> or e:<edge id>');
      return undefined;
    },
    readJson: (input) => {
      const { value } = input;
      if (isSelection(value)) return value && { type: value.type, id: value.id };
      if (value !== undefined) ignoredJsonValue(input, 'selection', value, 'expected { type, id }');
      return undefined;
    },
    valid: isSelection,
    equal: (a, b) => a?.type === b?.type && a?.id === b?.id,
    clean: (s, input) => {
      if (s?.type === 'node') {
        const id = input.nodeId(s.id, 'selected node');
        return id === null ? null : { type: 'node', id };
      }
      if (s?.type === 'edge' && !input.hasEdge(s.id, 'selected edge')) return null;
      return s;
    },
  },
  selectedNodes: selectedNodesField,
  filters: filtersField,
  asOf: asOfField,
  focus: {
    doc: "Show only this node's neighbourhood, to a depth of 1 to 3.",
    link: [
      {
        key: 'f',
        field: 'focus',
        meaning: 'The focus node as `<node id>~<depth>`; depth 1 is written as the id alone.',
        absent: 'no focus',
        example: 'f=chen-quanguo~2',
      },
    ],
    history: 'push',
    default: () => null,
    write: (focus) => (focus ? [['f', escapeLinkText(focus.node) + (focus.depth === 1 ? '' : `~${focus.depth}`)]] : []),
    readLink: (link) => {
      const text = link.get('f');
      if (text === undefined) return undefined;
      const match = /^(.*)~(\d{1,3})$/s.exec(text);
      const idText = match ? (match[1] ?? '') : text;
      const node = readId(idText);
      if (node === null) {
        link.notices.add(`Ignored the focus (f) ${quote(unescapeLinkText(idText) ?? idText)}: not a valid node id.`);
        return null;
      }
      const asked = match ? Number(match[2]) : 1;
      const depth = asked <= 1 ? 1 : asked === 2 ? 2 : 3;
      if (depth !== asked) link.notices.add(`The focus depth ${asked} (f) is outside 1 to 3; depth ${depth} was used.`);
      return { node, depth };
    },
    readJson: (input) => {
      const { value } = input;
      if (isPlainRecord(value) && isValidId(value.node)) {
        const depth = value.depth;
        if (depth !== 1 && depth !== 2 && depth !== 3)
          ignoredJsonValue(input, 'focus depth', depth, 'expected 1, 2 or 3; depth 1 was used');
        return { node: value.node, depth: depth === 2 || depth === 3 ? depth : 1 };
      }
      if (value !== undefined && value !== null) ignoredJsonValue(input, 'focus', value, 'expected { node, depth }');
      return undefined;
    },
    valid: (value) => value === null || isFocus(value),
    equal: (a, b) => a?.node === b?.node && a?.depth === b?.depth,
    clean: (focus, input) => {
      const node = focus ? input.nodeId(focus.node, 'focus node') : null;
      if (!focus || node === null) return null;
      const { depth } = focus;
      return { node, depth: !Number.isFinite(depth) || depth <= 1 ? 1 : depth < 2.5 ? 2 : 3 };
    },
  },
  expanded: {
    doc: 'Neighbours added to a focused view, node by node and edge kind by edge kind.',
    link: [
      {
        key: 'x',
        field: 'expanded',
        meaning: 'Expanded nodes, comma-separated, each `<node id>~m`, `~r` or `~l` for its measures, roles or links.',
        absent: 'nothing expanded',
        example: 'x=xinjiang-pcc~m,zhu-hailun~r',
      },
    ],
    history: 'push',
    default: () => [],
    write: (expanded) =>
      expanded.length === 0
        ? []
        : [['x', expanded.map((e) => `${escapeLinkText(e.node)}~${EXPANSION_LETTERS[e.kind]}`).join(',')]],
    readLink: (link) => {
      const text = link.get('x');
      if (text === undefined) return undefined;
      const readExpansion = (item: string): Expansion | null => {
        const match = /^(.*)~([a-z])$/s.exec(item);
        const node = match ? readId(match[1] ?? '') : null;
        const kind = EXPANSION_KINDS.find((k) => EXPANSION_LETTERS[k] === match?.[2]);
        return node !== null && kind !== undefined ? { node, kind } : null;
      };
      return readTextList(text, 'x', 'expanded nodes', readExpansion, expansionKey, link.notices);
    },
    readJson: (input) =>
      readJsonList(
        input.value,
        'expanded nodes',
        (item) => (isExpansion(item) ? { node: item.node, kind: item.kind } : null),
        expansionKey,
        input.notices,
      ),
    valid: isExpansions,
    equal: (a, b) => sameSet(a.map(expansionKey), b.map(expansionKey)),
    clean: (expanded, input) => {
      const kept = uniqueBy(
        expanded.flatMap((e) => {
          const node = input.nodeId(e.node, 'expanded node');
          return node === null ? [] : [{ node, kind: e.kind }];
        }),
        expansionKey,
      );
      if (input.state.focus !== null || kept.length === 0) return kept;
      input.notices.push(
        `Ignored ${kept.length} expanded ${kept.length === 1 ? 'node' : 'nodes'}: expansions apply only to a focused view.`,
      );
      return [];
    },
  },
  path: {
    doc: 'The endpoints of the path search.',
    link: [
      {
        key: 'pf',
        field: 'path.from',
        meaning: 'Start node of the path search.',
        absent: 'no start',
        example: 'pf=chen-quanguo',
      },
      {
        key: 'pt',
        field: 'path.to',
        meaning: 'End node of the path search.',
        absent: 'no end',
        example: 'pt=us-treasury-ofac',
      },
    ],
    history: 'push',
    default: () => ({ from: null, to: null }),
    write: ({ from, to }) => [
      ...(from === null ? [] : [['pf', escapeLinkText(from)] as [string, string]]),
      ...(to === null ? [] : [['pt', escapeLinkText(to)] as [string, string]]),
    ],
    readLink: (link) => {
      const path: ViewState['path'] = { from: null, to: null };
      for (const [key, end] of [
        ['pf', 'from'],
        ['pt', 'to'],
      ] as const) {
        const text = link.get(key);
        if (text === undefined) continue;
        path[end] = readId(text);
        if (path[end] === null)
          ignoredLinkValue(link, key, `path ${end === 'from' ? 'start' : 'end'}`, text, 'not a valid node id');
      }
      return path;
    },
    readJson: (input) => {
      const { value } = input;
      const path: ViewState['path'] = { from: null, to: null };
      if (!isPlainRecord(value)) {
        if (value !== undefined) ignoredJsonValue(input, 'path', value, 'expected { from, to }');
        return path;
      }
      for (const end of ['from', 'to'] as const) {
        const id = Object.hasOwn(value, end) ? value[end] : undefined;
        if (isValidId(id)) path[end] = id;
        else if (id !== undefined && id !== null)
          ignoredJsonValue(input, `path ${end === 'from' ? 'start' : 'end'}`, id, 'not a valid node id');
      }
      return path;
    },
    valid: isPath,
    equal: (a, b) => a.from === b.from && a.to === b.to,
    clean: ({ from, to }, input) => ({
      from: from === null ? null : input.nodeId(from, 'path start'),
      to: to === null ? null : input.nodeId(to, 'path end'),
    }),
  },
  layout: enumField(LAYOUTS, 'layout', 'How the graph is arranged.', {
    key: 'l',
    field: 'layout',
    meaning:
      'Layout name: force, bodies (by sanctioning body), timeline or around (the selection); older links may say fcose, concentric, breadthfirst or circle, which still open.',
    absent: 'force',
    example: 'l=timeline',
  }),
  sizeBy: enumField(SIZE_MEASURES, 'node size measure', 'What node sizes show.', {
    key: 'sz',
    field: 'sizeBy',
    meaning: 'Node sizes show: measuresReceived, measuresImposed or degree.',
    absent: 'measuresReceived',
    example: 'sz=degree',
  }),
  camera: cameraField,
  positions: positionsField,
  panel: enumField(PANELS, 'panel', 'The side panel shown.', {
    key: 'pn',
    field: 'panel',
    meaning: 'Side panel shown: details, insights or filters.',
    absent: 'details',
    example: 'pn=insights',
  }),
  mainView: enumField(MAIN_VIEWS, 'main view', 'The main view: the graph canvas or the list as a table.', {
    key: 'mv',
    field: 'mainView',
    meaning: 'Main view: graph or list.',
    absent: 'graph',
    example: 'mv=list',
  }),
  identities: enumField(
    IDENTITY_VIEWS,
    'identity view',
    'Nodes an identity judgement calls one body: merged into one node, or split as recorded.',
    {
      key: 'id',
      field: 'identities',
      meaning: 'Identity judgements: merged (one node per body) or split (each name its own node).',
      absent: 'merged',
      example: 'id=split',
    },
  ),
  curation: curationField,
};

/** The fields in table order (the order links write their keys). */
export const FIELD_NAMES = Object.keys(VIEW_FIELDS) as (keyof ViewState)[];

/** Every link key, in the order the encoder writes them: the key table of docs/link-format.md. */
export const LINK_KEYS: readonly LinkKey[] = FIELD_NAMES.flatMap((name) => VIEW_FIELDS[name].link);

/** The view a new visitor sees. */
export function defaultViewState(dataset: string | null = null): ViewState {
  const state: unknown = Object.fromEntries(FIELD_NAMES.map((name) => [name, VIEW_FIELDS[name].default()]));
  // Cannot happen while every row's default is valid (a test checks); it keeps the build free of a cast.
  if (!isValidViewState(state)) throw new Error('The view field table gives an invalid default view.');
  return { ...state, dataset };
}

function fieldValid<K extends keyof ViewState>(name: K, record: Record<string, unknown>): boolean {
  return VIEW_FIELDS[name].valid(record[name]);
}

/** True when `value` is a complete, valid ViewState (what decode and clean always return; no extra keys). */
export function isValidViewState(value: unknown): value is ViewState {
  return isStrictObject(value, FIELD_NAMES, (record) => FIELD_NAMES.every((name) => fieldValid(name, record)));
}

/** A complete, valid ViewState, as a check in the shape of a schema's safeParse. */
export const viewStateSchema: Check<ViewState> = {
  safeParse: (value) => (isValidViewState(value) ? { success: true, data: value } : { success: false }),
};
