import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addInSlices, visibilityChange } from '../../src/render/slices.ts';

describe('visibilityChange', () => {
  it('shows what is newly wanted and hides what no longer is', () => {
    const change = visibilityChange(new Set(['a', 'c']), new Set(['a', 'b']), () => ['a', 'b', 'c']);
    expect(change).toEqual({ show: ['c'], hide: ['b'] });
  });

  it('hides everything not wanted when nothing was shown before', () => {
    expect(visibilityChange(new Set(['a']), null, () => ['a', 'b', 'c'])).toEqual({ show: [], hide: ['b', 'c'] });
  });

  it('changes nothing when the sets agree', () => {
    expect(visibilityChange(new Set(['a']), new Set(['a']), () => ['a'])).toEqual({ show: [], hide: [] });
  });
});

describe('addInSlices', () => {
  const elements = (n: number): ElementDefinition[] =>
    Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } }));
  const counted = () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    let adds = 0;
    const add = cy.add.bind(cy);
    cy.add = (eles: Parameters<typeof add>[0]) => {
      adds += 1;
      return add(eles);
    };
    return { cy, adds: () => adds };
  };

  it('with no budget adds a first slice, then everything else at once', async () => {
    const { cy, adds } = counted();
    const progress: number[] = [];
    await addInSlices(cy, elements(1200), {
      budgetMs: Infinity,
      batchElements: 15_000,
      onSlice: (done) => progress.push(done),
      stopped: () => false,
    });
    expect(cy.nodes().length).toBe(1200);
    expect(adds()).toBe(2);
    expect(progress).toEqual([500]);
  });

  it('adds in several slices with a budget, reporting progress, and adds every element once', async () => {
    const { cy, adds } = counted();
    const progress: number[] = [];
    await addInSlices(cy, elements(1200), {
      budgetMs: 0,
      batchElements: 15_000,
      onSlice: (done) => progress.push(done),
      stopped: () => false,
    });
    expect(cy.nodes().length).toBe(1200);
    expect(adds()).toBeGreaterThan(1);
    expect(progress[0]).toBe(500);
  });

  it('adds the slices in Cytoscape batches of at least batchElements, and leaves no batch open', async () => {
    const { cy } = counted();
    const batches: number[] = [];
    let opened = 0;
    const start = cy.startBatch.bind(cy);
    cy.startBatch = () => {
      opened += 1;
      return start();
    };
    const end = cy.endBatch.bind(cy);
    cy.endBatch = () => {
      batches.push(cy.nodes().length);
      return end();
    };
    // Slices of 500, then 200 each (no budget left): batches close at 700 (500 + 200), 1,300 (3 × 200) and at the end.
    await addInSlices(cy, elements(1500), {
      budgetMs: 0,
      batchElements: 600,
      onSlice: () => undefined,
      stopped: () => false,
    });
    expect(batches).toEqual([700, 1300, 1500]);
    expect(opened).toBe(batches.length);
    expect(cy.nodes().length).toBe(1500);
  });
});
