// The rows of the field table (fields.ts) for curating a view: the multi-selection and the curation itself
// (hidden and pinned nodes, groups, notes, title, caption and node styles; see curation.ts).
import { curationsEqual, defaultCuration, isDefaultCuration } from './curation.ts';
import { cleanCuration } from './curationClean.ts';
import { nodeIdsIn } from './cleanIds.ts';
import { CURATION_KEYS, encodeCuration, readCuration } from './curationCodec.ts';
import { curationFromObject, isCuration } from './curationRead.ts';
import type { FieldSpec } from './fieldSpec.ts';
import { escapeLinkText, readId, readJsonList, readTextList } from './readers.ts';
import { isUniqueList, isValidId } from './validate.ts';

const same = (id: string): string => id;

export const selectedNodesField: FieldSpec<'selectedNodes'> = {
  doc: 'A multi-selection (shift-click, lasso, select all): two or more node ids, acted on by Hide, Pin and Group.',
  link: [
    {
      key: 'sn',
      field: 'selectedNodes',
      meaning: 'A multi-selection (shift-click, lasso, select all): node ids, comma-separated.',
      absent: 'no multi-selection',
      example: 'sn=chen-quanguo,zhu-hailun',
    },
  ],
  history: 'push',
  default: () => [],
  write: (ids) => (ids.length === 0 ? [] : [['sn', ids.map(escapeLinkText).join(',')]]),
  readLink: (link) => {
    const text = link.get('sn');
    return text === undefined ? undefined : readTextList(text, 'sn', 'selected nodes', readId, same, link.notices);
  },
  readJson: (input) =>
    readJsonList(input.value, 'selected nodes', (i) => (isValidId(i) ? i : null), same, input.notices),
  valid: (value) => isUniqueList(value, isValidId),
  equal: (a, b) => a.length === b.length && a.every((id) => b.includes(id)),
  clean: (ids, input) => {
    const kept = nodeIdsIn(ids, input, 'selected node');
    return kept.length >= 2 ? kept : [];
  },
};

export const curationField: FieldSpec<'curation'> = {
  doc: 'What the author hid, pinned, grouped, annotated and restyled; undo and redo cover it, Back and Forward do not.',
  link: [
    {
      key: 'h',
      field: 'curation.hidden',
      meaning:
        'Nodes hidden from this view (with their edges), comma-separated. In curation values a space is written `_` and `_` as `%5F`.',
      absent: 'nothing hidden',
      example: 'h=chen-quanguo,zhu-hailun',
    },
    {
      key: 'pi',
      field: 'curation.pinned',
      meaning: 'Pinned nodes (a new layout leaves them where `q` puts them), comma-separated.',
      absent: 'nothing pinned',
      example: 'pi=chen-quanguo',
    },
    {
      key: 'g',
      field: 'curation.groups',
      meaning: 'Groups, comma-separated, each `<id>~<name>~<member>!<member>...`, with `~c` at the end when collapsed.',
      absent: 'no groups',
      example: 'g=g1~XPSB_officials~chen-quanguo!zhu-hailun~c',
    },
    {
      key: 'n',
      field: 'curation.notes',
      meaning:
        'Notes, comma-separated: `<id>~o~<node id>~<text>` on a node, `<id>~e~<edge id>~<text>` on an edge, `<id>~p~<x>~<y>~<text>` at a point.',
      absent: 'no notes',
      example: 'n=n1~o~chen-quanguo~ran_the_IJOP_platform',
    },
    {
      key: 'ti',
      field: 'curation.title',
      meaning: 'The view title, shown above the graph, in exports and embeds.',
      absent: 'no title',
      example: 'ti=Who_ran_the_XPSB',
    },
    {
      key: 'ca',
      field: 'curation.caption',
      meaning: 'The caption under the title.',
      absent: 'no caption',
      example: 'ca=Four_officials_and_the_measures_against_them',
    },
    {
      key: 'ns',
      field: 'curation.styles',
      meaning:
        'Node styles, comma-separated, each `<node id>~<custom label>~<highlight colour>` (either may be empty).',
      absent: 'no custom labels or colours',
      example: 'ns=chen-quanguo~Party_secretary~wine',
    },
    {
      key: 'cz',
      field: 'curation',
      meaning:
        'All of the curation keys above as one `key=value&...` text compressed with lz-string; written instead of them when at least a tenth shorter.',
      absent: 'see h to ns',
      example: 'cz=BYXgxsCmB2C0COBXAhtA5og9gGgF7EVmGQEsAbRabAzWMkxAK0WwhlgFsT0NMAyAA4lwUOElS88BIqQpUadBsyA',
    },
  ],
  history: 'replace',
  default: defaultCuration,
  write: encodeCuration,
  readLink: (link) =>
    [...CURATION_KEYS, 'cz'].some((key) => link.get(key) !== undefined)
      ? readCuration((key) => link.get(key), link.notices)
      : undefined,
  readJson: (input) => curationFromObject(input.value, input.notices),
  valid: isCuration,
  equal: curationsEqual,
  clean: (curation, input) => (isDefaultCuration(curation) ? curation : cleanCuration(curation, input)),
  round: (curation) => ({
    ...curation,
    notes: curation.notes.map((n) =>
      n.target.type === 'point'
        ? { ...n, target: { type: 'point', x: Math.round(n.target.x) || 0, y: Math.round(n.target.y) || 0 } }
        : n,
    ),
  }),
};
