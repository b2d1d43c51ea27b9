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
] as const satisfies readonly LinkKey[];

export type LinkKeyName = (typeof LINK_KEYS)[number]['key'];

/** True when `key` is one of the link keys above. */
export function isLinkKey(key: string): key is LinkKeyName {
  return LINK_KEYS.some((k) => k.key === key);
}
