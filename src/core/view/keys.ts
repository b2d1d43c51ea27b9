// The keys of a view link (the URL hash), in the order the encoder writes them: the single source for the
// codec's key names and for docs/link-format.md, which a test keeps in step with this table.

export interface LinkKey {
  /** The key as written in the link. */
  key: string;
  /** The ViewState field it carries. */
  field: string;
  meaning: string;
  /** What the link holds when the key is absent (the key is omitted when the state has the default). */
  absent: string;
  example: string;
}

export const LINK_KEYS = [
  {
    key: 'v',
    field: 'version',
    meaning: 'Link format version. Always written, always first.',
    absent: 'read as 1, with a notice',
    example: 'v=1',
  },
  {
    key: 'd',
    field: 'dataset',
    meaning: 'The dataset version the view was made on.',
    absent: 'no dataset version',
    example: 'd=2026-11-01',
  },
  {
    key: 's',
    field: 'selection',
    meaning: 'The selected node (`n:<node id>`) or edge (`e:<edge id>`).',
    absent: 'nothing selected',
    example: 's=n:chen-quanguo',
  },
  {
    key: 'sn',
    field: 'selectedNodes',
    meaning: 'A multi-selection (shift-click, lasso, select all): node ids, comma-separated.',
    absent: 'no multi-selection',
    example: 'sn=chen-quanguo,zhu-hailun',
  },
  {
    key: 'k',
    field: 'filters.nodeKinds',
    meaning: 'Hidden node kinds, comma-separated.',
    absent: 'every kind shown',
    example: 'k=company,group',
  },
  {
    key: 'm',
    field: 'filters.measureKinds',
    meaning: 'Hidden measure kinds, comma-separated.',
    absent: 'every measure kind shown',
    example: 'm=visaBan,importBan',
  },
  {
    key: 'b',
    field: 'filters.bodies',
    meaning: 'Sanctioning bodies (node ids) whose measures are hidden, comma-separated.',
    absent: 'every body shown',
    example: 'b=us-treasury-ofac',
  },
  {
    key: 'c',
    field: 'filters.countries',
    meaning: 'Hidden countries (ISO 3166 two-letter codes), comma-separated; `-` stands for nodes without a country.',
    absent: 'every country shown',
    example: 'c=RU,-',
  },
  {
    key: 't',
    field: 'filters.measureStatuses',
    meaning: 'Hidden measure statuses, comma-separated.',
    absent: 'every status shown',
    example: 't=lifted,unknown',
  },
  {
    key: 'a',
    field: 'asOf',
    meaning: 'The as-of date (YYYY-MM-DD): show what was announced and held by then.',
    absent: 'no date limit',
    example: 'a=2020-07-31',
  },
  {
    key: 'f',
    field: 'focus',
    meaning: 'The focus node as `<node id>~<depth>`; depth 1 is written as the id alone.',
    absent: 'no focus',
    example: 'f=chen-quanguo~2',
  },
  {
    key: 'x',
    field: 'expanded',
    meaning: 'Expanded nodes, comma-separated, each `<node id>~m`, `~r` or `~l` for its measures, roles or links.',
    absent: 'nothing expanded',
    example: 'x=xinjiang-pcc~m,zhu-hailun~r',
  },
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
  {
    key: 'l',
    field: 'layout',
    meaning: 'Layout name: fcose, concentric, breadthfirst or circle.',
    absent: 'fcose',
    example: 'l=concentric',
  },
  {
    key: 'z',
    field: 'camera',
    meaning: 'Camera as `<zoom>~<pan x>~<pan y>`: zoom to 4 significant digits (0.05 to 20), pan in whole pixels.',
    absent: 'fit the graph to the screen',
    example: 'z=1.25~-340~122',
  },
  {
    key: 'q',
    field: 'positions',
    meaning: 'Dragged node positions, comma-separated, each `<node id>~<x>~<y>` in whole pixels.',
    absent: 'no dragged nodes',
    example: 'q=chen-quanguo~120~-45,zhu-hailun~-300~80',
  },
  {
    key: 'qz',
    field: 'positions',
    meaning:
      'The same list as `q`, compressed with lz-string (`compressToEncodedURIComponent`); written instead of `q` when at least a tenth shorter.',
    absent: 'see q',
    example: 'qz=MYCwpgdgtAjgrgQwgczgewH4EYBMAGDKAFgFYAaALxDihAQEsAbOCQgZjwIA48g',
  },
  {
    key: 'pn',
    field: 'panel',
    meaning: 'Side panel shown: details, insights or filters.',
    absent: 'details',
    example: 'pn=insights',
  },
  {
    key: 'mv',
    field: 'mainView',
    meaning: 'Main view: graph or list.',
    absent: 'graph',
    example: 'mv=list',
  },
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
    meaning: 'Node styles, comma-separated, each `<node id>~<custom label>~<highlight colour>` (either may be empty).',
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
] as const satisfies readonly LinkKey[];

export type LinkKeyName = (typeof LINK_KEYS)[number]['key'];

/** True when `key` is one of the link keys above. */
export function isLinkKey(key: string): key is LinkKeyName {
  return LINK_KEYS.some((k) => k.key === key);
}
