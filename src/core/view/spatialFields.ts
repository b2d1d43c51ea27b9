// The camera and positions rows of the field table: the two fields made of numbers, which links round
// (whole pixels, 4-digit zoom) and, for positions, compress when that pays.
import LZString from 'lz-string';
import type { FieldSpec } from './fieldSpec.ts';
import { quote } from './notices.ts';
import { ownFirst } from './cleanIds.ts';
import {
  escapeLinkText,
  ignoredJsonValue,
  readCoordinate,
  readId,
  readTextList,
  roundCoordinate,
  roundZoom,
  type LinkInput,
} from './readers.ts';
import type { Camera, Point } from './types.ts';
import { lzExpandedLength } from './lzLength.ts';
import {
  MAX_COMPRESSED_LENGTH,
  MAX_COORDINATE,
  MAX_LINK_LENGTH,
  MAX_ZOOM,
  MIN_ZOOM,
  cameraSchema,
  isCamera,
  isPlainRecord,
  isPositions,
  isValidId,
  pointSchema,
} from './validate.ts';

const sameNumber = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
const samePoint = (a: Point, b: Point): boolean => sameNumber(a.x, b.x) && sameNumber(a.y, b.y);
const roundPoint = (p: Point): Point => ({ x: roundCoordinate(p.x), y: roundCoordinate(p.y) });
const isCoordinate = (value: number): boolean => Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
const isUsablePoint = (p: Point | null | undefined): p is Point =>
  typeof p === 'object' && p !== null && isCoordinate(p.x) && isCoordinate(p.y);

function readCamera(link: LinkInput, value: string): Camera | null {
  const fields = value.split('~');
  const zoomText = fields[0] ?? '';
  const x = readCoordinate(fields[1] ?? '');
  const y = readCoordinate(fields[2] ?? '');
  const zoom = /^\d{1,3}(\.\d{1,12})?$/.test(zoomText) ? Number(zoomText) : NaN;
  if (fields.length !== 3 || x === null || y === null || !(zoom > 0)) {
    link.notices.add(
      `Ignored the camera (z) ${quote(value)}: expected <zoom>~<pan x>~<pan y>; the graph was fitted to the screen.`,
    );
    return null;
  }
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
    link.notices.add(
      `The zoom ${quote(zoomText)} (z) is outside ${MIN_ZOOM} to ${MAX_ZOOM}; the nearest limit was used.`,
    );
  }
  return { zoom: roundZoom(zoom), pan: { x, y } };
}

export const cameraField: FieldSpec<'camera'> = {
  doc: 'The zoom and pan; null fits the graph to the screen.',
  link: [
    {
      key: 'z',
      field: 'camera',
      meaning: 'Camera as `<zoom>~<pan x>~<pan y>`: zoom to 4 significant digits (0.05 to 20), pan in whole pixels.',
      absent: 'fit the graph to the screen',
      example: 'z=1.25~-340~122',
    },
  ],
  history: 'replace',
  default: () => null,
  write: (camera) =>
    camera
      ? [['z', `${roundZoom(camera.zoom)}~${roundCoordinate(camera.pan.x)}~${roundCoordinate(camera.pan.y)}`]]
      : [],
  readLink: (link) => {
    const text = link.get('z');
    return text === undefined ? undefined : readCamera(link, text);
  },
  readJson: (input) => {
    const camera = cameraSchema.safeParse(input.value);
    if (camera.success) return { zoom: camera.data.zoom, pan: { x: camera.data.pan.x, y: camera.data.pan.y } };
    if (input.value !== undefined && input.value !== null) {
      ignoredJsonValue(input, 'camera', input.value, 'expected { zoom, pan } with zoom 0.05 to 20');
    }
    return undefined;
  },
  valid: (value) => value === null || isCamera(value),
  equal: (a, b) => (a === null || b === null ? a === b : sameNumber(a.zoom, b.zoom) && samePoint(a.pan, b.pan)),
  clean: (camera, input) => {
    if (camera === null) return null;
    if (!Number.isFinite(camera.zoom) || camera.zoom <= 0 || !isUsablePoint(camera.pan)) {
      input.notices.push(
        'Ignored the camera: its zoom or pan is not a usable number; the graph was fitted to the screen.',
      );
      return null;
    }
    const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom));
    return { zoom, pan: { x: camera.pan.x, y: camera.pan.y } };
  },
  round: (camera) => camera && { zoom: roundZoom(camera.zoom), pan: roundPoint(camera.pan) },
};

function readPositions(value: string, key: string, link: LinkInput): Record<string, Point> {
  const entries = readTextList(
    value,
    key,
    'node positions',
    (item): [string, Point] | null => {
      const fields = item.split('~');
      if (fields.length !== 3) return null;
      const id = readId(fields[0] ?? '');
      const x = readCoordinate(fields[1] ?? '');
      const y = readCoordinate(fields[2] ?? '');
      return id === null || x === null || y === null ? null : [id, { x, y }];
    },
    ([id]) => id,
    link.notices,
  );
  // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
  return Object.fromEntries(entries);
}

function readCompressedPositions(value: string, link: LinkInput): Record<string, Point> {
  const { notices } = link;
  if (value.length > MAX_COMPRESSED_LENGTH) {
    notices.add(
      `Ignored the compressed node positions (qz): ${value.length} characters, over the limit of ${MAX_COMPRESSED_LENGTH}.`,
    );
    return {};
  }
  // Measured before expanding: a few thousand characters can expand to millions.
  if (lzExpandedLength(value, MAX_LINK_LENGTH) === 'tooLong') {
    notices.add(`Ignored the compressed node positions (qz): they expand to over ${MAX_LINK_LENGTH} characters.`);
    return {};
  }
  let plain: string | null = null;
  try {
    plain = LZString.decompressFromEncodedURIComponent(value);
  } catch {
    plain = null;
  }
  if (typeof plain !== 'string' || plain === '') {
    notices.add('Ignored the compressed node positions (qz): they could not be decompressed.');
    return {};
  }
  if (plain.length > MAX_LINK_LENGTH) {
    notices.add(`Ignored the compressed node positions (qz): they expand to over ${MAX_LINK_LENGTH} characters.`);
    return {};
  }
  return readPositions(plain, 'qz', link);
}

function samePositions(a: Record<string, Point>, b: Record<string, Point>): boolean {
  const entriesA = Object.entries(a);
  const mapB = new Map(Object.entries(b));
  return (
    entriesA.length === mapB.size &&
    entriesA.every(([id, point]) => {
      const other = mapB.get(id);
      return other !== undefined && samePoint(point, other);
    })
  );
}

/** Names listed in a notice before "and N more". */
const MAX_NAMED = 8;

export const positionsField: FieldSpec<'positions'> = {
  doc: 'Positions of the nodes the user dragged, by node id.',
  link: [
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
  ],
  history: 'replace',
  default: () => ({}),
  write: (positions) => {
    const plain = Object.entries(positions)
      .map(([id, p]) => `${escapeLinkText(id)}~${roundCoordinate(p.x)}~${roundCoordinate(p.y)}`)
      .join(',');
    if (plain === '') return [];
    // Compress only where it pays (at least a tenth shorter), so short lists stay readable.
    const packed = LZString.compressToEncodedURIComponent(plain);
    const compress = packed.length <= plain.length * 0.9 && packed.length <= MAX_COMPRESSED_LENGTH;
    return [compress ? ['qz', packed] : ['q', plain]];
  },
  readLink: (link) => {
    const plain = link.get('q');
    const packed = link.get('qz');
    if (plain !== undefined) {
      if (packed !== undefined)
        link.notices.add('Ignored the compressed node positions (qz): the link also has plain ones (q).');
      return readPositions(plain, 'q', link);
    }
    return packed === undefined ? undefined : readCompressedPositions(packed, link);
  },
  readJson: (input) => {
    const { value } = input;
    if (value === undefined) return undefined;
    if (!isPlainRecord(value)) {
      ignoredJsonValue(input, 'node positions', value, 'expected { [node id]: { x, y } }');
      return undefined;
    }
    const kept: [string, Point][] = [];
    let rejected = 0;
    for (const [id, point] of Object.entries(value)) {
      const read = pointSchema.safeParse(point);
      if (isValidId(id) && read.success) kept.push([id, { x: read.data.x, y: read.data.y }]);
      else rejected += 1;
    }
    if (rejected > 0)
      input.notices.add(`Ignored ${rejected} invalid node ${rejected === 1 ? 'position' : 'positions'}.`);
    // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
    return Object.fromEntries(kept);
  },
  valid: isPositions,
  equal: samePositions,
  clean: (positions, input) => {
    const invalid: string[] = [];
    const resolved: { node: string; own: boolean; item: [string, Point] }[] = [];
    for (const [id, point] of Object.entries(positions)) {
      const node = input.nodeId(id, 'dragged node');
      if (node === null) continue;
      if (isUsablePoint(point)) resolved.push({ node, own: node === id, item: [node, point] });
      else invalid.push(quote(id));
    }
    // A node's own position wins over one given for an id merged into it.
    const kept = ownFirst(resolved);
    if (invalid.length > 0) {
      const named = invalid.slice(0, MAX_NAMED).join(', ');
      const list = invalid.length > MAX_NAMED ? `${named} and ${invalid.length - MAX_NAMED} more` : named;
      input.notices.push(`Ignored the positions of ${list}: their coordinates are not usable numbers.`);
    }
    // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
    return Object.fromEntries(kept);
  },
  round: (positions) => Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, roundPoint(p)])),
};
