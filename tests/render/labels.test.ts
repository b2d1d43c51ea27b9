import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelBox, labelsShown, wrapLabel, type LabelCandidate } from '../../src/render/labels.ts';
import { labelBypass } from '../../src/render/labelLayer.ts';
import { resolveSettings } from '../../src/render/settings.ts';

/** 6 px per character, like a narrow sans-serif at 12 px. */
const measure = (text: string) => Array.from(text).length * 6;

function node(id: string, x: number, y: number, importance: number, extra: Partial<LabelCandidate> = {}) {
  return { id, x, y, radius: 10, width: 60, height: 14, importance, ...extra };
}

/** Four small leaves around a node at (x, 0), one on each side where its label could go (ids s, n, e, w). */
function leavesAround(x: number, suffix = '') {
  return [
    node(`s${suffix}`, x, 32, 0, { width: 4, height: 4 }),
    node(`n${suffix}`, x, -32, 0, { width: 4, height: 4 }),
    node(`e${suffix}`, x + 50, 0, 0, { width: 4, height: 4 }),
    node(`w${suffix}`, x - 50, 0, 0, { width: 4, height: 4 }),
  ];
}

function overlap(a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

describe('labelsShown', () => {
  it('labels every node when they are far apart', () => {
    const nodes = [node('a', 0, 0, 1), node('b', 200, 0, 1), node('c', 0, 200, 1)];
    const shown = labelsShown(nodes, { zoom: 1, gap: 3 });
    expect([...shown.keys()]).toEqual(['a', 'b', 'c']);
    expect(new Set(shown.values())).toEqual(new Set(['below']));
  });

  it('of two colliding labels keeps the more important one below its node, the other moved or left out', () => {
    const nodes = [node('minor', 0, 0, 1), node('major', 30, 0, 5)];
    const shown = labelsShown(nodes, { zoom: 1, gap: 3 });
    expect(shown.get('major')).toBe('below');
    expect(shown.get('minor')).toBe('above');
    // Boxed in on every side: only one label fits.
    const row = [node('minor', 0, 0, 1), node('major', 30, 0, 5), node('x', -30, 0, 0, { width: 4, height: 4 })];
    const crowded = [...row, node('up', 0, -25, 0, { width: 4 }), node('down', 30, -25, 0, { width: 4 })];
    expect(labelsShown(crowded, { zoom: 1, gap: 3 }).has('minor')).toBe(false);
  });

  it('makes room as the zoom grows: labels keep their screen size while nodes move apart', () => {
    const grid = Array.from({ length: 16 }, (_, i) => node(`n${i}`, (i % 4) * 40, Math.floor(i / 4) * 30, 1));
    expect(labelsShown(grid, { zoom: 1, gap: 3 }).size).toBeLessThan(12);
    const far = labelsShown(grid, { zoom: 3, gap: 3 });
    expect(far.size).toBe(16);
    expect(new Set(far.values())).toEqual(new Set(['below']));
  });

  it('always shows a forced label (the selection), even over a more important one', () => {
    const nodes = [node('hub', 0, 0, 100), node('selected', 30, 0, 1, { forced: true })];
    expect(labelsShown(nodes, { zoom: 1, gap: 3 }).get('selected')).toBe('below');
    expect(labelsShown(nodes, { zoom: 1, gap: 3 }).get('hub')).not.toBe('below');
  });

  it('does not put a label over another node', () => {
    // b sits just below a, where a's label would go: it goes above.
    const nodes = [node('a', 0, 0, 5), node('b', 0, 25, 1, { width: 10 })];
    expect(labelsShown(nodes, { zoom: 1, gap: 3 }).get('a')).toBe('above');
  });

  it("labels a selection's neighbour boxed in by faded nodes over one of them, never over a lit node", () => {
    const ring = leavesAround(0);
    const hub = (extra: Partial<LabelCandidate>) => node('hub', 0, 0, 5, extra);
    expect(labelsShown([hub({}), ...ring], { zoom: 1, gap: 3 }).has('hub')).toBe(false);
    expect(labelsShown([hub({ lit: true }), ...ring], { zoom: 1, gap: 3 }).get('hub')).toBe('below');
    // The node below is lit too (another neighbour): the label goes where only faded nodes are.
    const litBelow = ring.map((n) => (n.id === 's' ? { ...n, lit: true } : n));
    expect(labelsShown([hub({ lit: true }), ...litBelow], { zoom: 1, gap: 3 }).get('hub')).toBe('above');
  });

  it('names a hub over its leaves where no side is free, but never over a more important node or a label', () => {
    const leaves = leavesAround(0);
    const hub = node('hub', 0, 0, 5);
    expect(labelsShown([hub, ...leaves], { zoom: 1, gap: 3 }).has('hub')).toBe(false);
    expect(labelsShown([hub, ...leaves], { zoom: 1, gap: 3, hubs: 1 }).get('hub')).toBe('below');
    // The node below matters more than the hub: the label goes over a leaf elsewhere.
    const major = leaves.map((n) => (n.id === 's' ? { ...n, importance: 9 } : n));
    expect(labelsShown([hub, ...major], { zoom: 1, gap: 3, hubs: 1 }).get('hub')).not.toBe('below');
    // Only as many hubs as asked: the second most important node is not one.
    const second = node('second', 300, 0, 4);
    const around = leavesAround(300, '2');
    const both = labelsShown([hub, ...leaves, second, ...around], { zoom: 1, gap: 3, hubs: 1 });
    expect([both.has('hub'), both.has('second')]).toEqual([true, false]);
  });

  it('keeps labels out from under a box laid over the drawing (the legend)', () => {
    const nodes = [node('a', 0, 0, 1)];
    expect(labelsShown(nodes, { zoom: 1, gap: 3 }).get('a')).toBe('below');
    // The legend covers the space below the node: the label goes above.
    const legend = { x1: -100, y1: 5, x2: 100, y2: 100 };
    expect(labelsShown(nodes, { zoom: 1, gap: 3, covered: [legend] }).get('a')).toBe('above');
    // Covering it all: no label, unless the node is the selection.
    const all = { x1: -200, y1: -200, x2: 200, y2: 200 };
    expect(labelsShown(nodes, { zoom: 1, gap: 3, covered: [all] }).has('a')).toBe(false);
    expect(labelsShown([node('a', 0, 0, 1, { forced: true })], { zoom: 1, gap: 3, covered: [all] }).has('a')).toBe(
      true,
    );
  });

  it('leaves out nodes outside the visible area', () => {
    const nodes = [node('in', 0, 0, 1), node('out', 1000, 0, 9)];
    const shown = labelsShown(nodes, { zoom: 1, gap: 3, extent: { x1: -100, y1: -100, x2: 100, y2: 100 } });
    expect([...shown.keys()]).toEqual(['in']);
    // Near the right edge the label goes left, inside the area.
    const edge = labelsShown([node('edge', 90, 0, 1)], {
      zoom: 1,
      gap: 3,
      extent: { x1: -100, y1: -20, x2: 100, y2: 100 },
    });
    expect(edge.get('edge')).toBe('left');
  });

  it('never shows two overlapping labels, whatever the nodes (property)', () => {
    const candidate = fc.record({
      x: fc.integer({ min: -300, max: 300 }),
      y: fc.integer({ min: -300, max: 300 }),
      width: fc.integer({ min: 10, max: 140 }),
      height: fc.integer({ min: 10, max: 34 }),
      importance: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), fc.double({ min: 0.1, max: 4, noNaN: true }), (raw, zoom) => {
        const nodes = raw.map((c, i) => ({ ...c, id: `n${i}`, radius: 8 }));
        const places = labelsShown(nodes, { zoom, gap: 3 });
        const boxes = nodes.filter((n) => places.has(n.id)).map((n) => labelBox(n, zoom, 3, places.get(n.id)));
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      }),
    );
  });
});

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Chen Quanguo', 100, measure)).toEqual(['Chen Quanguo']);
  });

  it('wraps between words onto a second line', () => {
    expect(wrapLabel('Xinjiang Public Security Bureau', 100, measure)).toEqual(['Xinjiang Public', 'Security Bureau']);
  });

  it('ellipsises what does not fit in two lines, within the width', () => {
    const lines = wrapLabel('Unnamed Xinjiang officials of the public security bureaus of Xinjiang', 100, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('cuts a single word wider than a line', () => {
    const lines = wrapLabel('Abcdefghijklmnopqrstuvwxyz', 60, measure);
    expect(lines).toEqual(['Abcdefghij', 'klmnopqrs…']);
  });
});

describe('labelBypass', () => {
  it('keeps a label 12 px on screen at any zoom, its margin on the side the label is on', () => {
    const settings = resolveSettings();
    for (const zoom of [0.25, 1, 3]) {
      const below = labelBypass('below', zoom, settings);
      expect(Number(below['font-size']) * zoom).toBeCloseTo(settings.labelSize);
      expect(Number(below['text-margin-y']) * zoom).toBeCloseTo(settings.labelGap + settings.labelHalo);
      expect(below['text-margin-x']).toBe(0);
    }
    expect(Number(labelBypass('above', 2, settings)['text-margin-y'])).toBeLessThan(0);
    expect(labelBypass('right', 2, settings)['text-margin-y']).toBe(0);
    expect(Number(labelBypass('right', 2, settings)['text-margin-x'])).toBeGreaterThan(0);
    expect(Number(labelBypass('left', 2, settings)['text-margin-x'])).toBeLessThan(0);
  });
});
