import { describe, expect, it } from 'vitest';
import { encodeViewState } from '../../../src/core/view/codec.ts';
import {
  COALESCE_MS,
  MAX_UNDO_ENTRIES,
  parseHistory,
  recordChange,
  redoLabel,
  serialiseHistory,
  startHistory,
  undo,
  undoLabel,
} from '../../../src/core/view/undo.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { hideNodes } from '../../../src/state/curationTransitions.ts';
import { moveNodes, setAsOf } from '../../../src/state/transitions.ts';
import { curatedView } from './fixtures.ts';

const start = defaultViewState('v1');

describe('undo history', () => {
  it('names the steps for the Undo and Redo buttons', () => {
    let h = startHistory(start);
    expect(undoLabel(h)).toBeNull();
    const hidden = hideNodes(start, ['a', 'b']);
    h = recordChange(h, hidden, 0);
    expect(undoLabel(h)).toBe('Hide 2 nodes');
    const back = undo(h, hidden);
    expect(back && redoLabel(back.history)).toBe('Hide 2 nodes');
  });

  it('makes one step of a date slider drag or a nudge, but two of changes far apart', () => {
    let h = startHistory(start);
    let view = start;
    for (const [i, date] of ['2020-01-01', '2020-02-01', '2020-03-01'].entries()) {
      view = setAsOf(view, date);
      h = recordChange(h, view, i * 100);
    }
    expect(h.entries.map((e) => e.action)).toEqual(['Start', 'Change the date']);
    view = setAsOf(view, '2021-01-01');
    h = recordChange(h, view, 200 + COALESCE_MS);
    expect(h.entries).toHaveLength(3);
    view = moveNodes(view, { a: { x: 1, y: 1 } });
    h = recordChange(h, view, 5000);
    expect(undoLabel(h)).toBe('Move 1 node');
  });

  it('keeps the last MAX_UNDO_ENTRIES steps and drops the oldest', () => {
    let h = startHistory(start);
    let view: ViewState = start;
    for (let i = 0; i < MAX_UNDO_ENTRIES + 20; i += 1) {
      view = hideNodes(view, [`n${i}`]);
      h = recordChange(h, view, i * 10_000);
    }
    expect(h.entries).toHaveLength(MAX_UNDO_ENTRIES + 1);
    expect(h.entries.at(-1)?.state.curation.hidden).toHaveLength(MAX_UNDO_ENTRIES + 20);
  });

  it('survives being stored as text and read back', () => {
    let h = startHistory(start);
    h = recordChange(h, curatedView(), 5);
    const read = parseHistory(serialiseHistory(h));
    expect(read?.index).toBe(1);
    expect(read?.entries.map((e) => e.action)).toEqual(h.entries.map((e) => e.action));
    expect(read && encodeViewState(read.entries[1]?.state ?? start)).toBe(encodeViewState(curatedView()));
  });

  it('reads nothing from a stored history that is broken or tampered with', () => {
    const good = JSON.parse(serialiseHistory(recordChange(startHistory(start), hideNodes(start, ['a']), 0))) as {
      index: number;
      entries: { link: string }[];
    };
    for (const bad of [
      'not json',
      '[]',
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ ...good, index: 5 }),
      JSON.stringify({ ...good, entries: [] }),
      JSON.stringify({ ...good, entries: [{ ...good.entries[0], link: 'v=1&zz=1' }] }),
    ]) {
      expect(parseHistory(bad)).toBeNull();
    }
  });
});
