import { describe, expect, it } from 'vitest';
import { isValidViewState } from '../../src/core/view/codec.ts';
import { MAX_NOTE_LENGTH } from '../../src/core/view/curation.ts';
import { recordChange, redo, startHistory, undo } from '../../src/core/view/undo.ts';
import { defaultViewState, type ViewState } from '../../src/core/view/viewState.ts';
import {
  addNote,
  createGroup,
  editNote,
  hideNodes,
  hideOthers,
  noteText,
  pinNodes,
  removeNote,
  renameGroup,
  selectAllVisible,
  selectNodes,
  selectedNodeIds,
  setCaption,
  setGroupCollapsed,
  setNodeColour,
  setNodeLabel,
  setTitle,
  showAllHidden,
  showNodes,
  toggleNodeInSelection,
  ungroup,
  unpinNodes,
} from '../../src/state/curationTransitions.ts';
import { selectNode, setLayout } from '../../src/state/transitions.ts';

const start: ViewState = { ...defaultViewState('v1'), selection: { type: 'node', id: 'chen-quanguo' } };

describe('multi-select', () => {
  it('shift-click adds to the selection and takes out what is already in', () => {
    const two = toggleNodeInSelection(start, 'zhu-hailun');
    expect(two.selectedNodes).toEqual(['chen-quanguo', 'zhu-hailun']);
    expect(two.selection).toBeNull();
    const three = toggleNodeInSelection(two, 'huo-liuju');
    expect(selectedNodeIds(three)).toEqual(['chen-quanguo', 'zhu-hailun', 'huo-liuju']);
    const back = toggleNodeInSelection(toggleNodeInSelection(three, 'huo-liuju'), 'zhu-hailun');
    expect(back.selectedNodes).toEqual([]);
    expect(back.selection).toEqual({ type: 'node', id: 'chen-quanguo' });
  });

  it('a plain click ends a multi-selection', () => {
    const multi = selectNodes(start, ['a', 'b', 'c']);
    expect(selectNode(multi, 'd')).toMatchObject({ selection: { type: 'node', id: 'd' }, selectedNodes: [] });
  });

  it('select all takes every visible node once', () => {
    expect(selectAllVisible(start, new Set(['a', 'b', 'c'])).selectedNodes).toEqual(['a', 'b', 'c']);
    expect(selectAllVisible(start, ['a']).selection).toEqual({ type: 'node', id: 'a' });
  });
});

describe('hide and show', () => {
  it('hides the selected nodes, which leave the selection; show all brings them back', () => {
    const multi = selectNodes(start, ['a', 'b', 'c']);
    const hidden = hideNodes(multi, ['a']);
    expect(hidden.curation.hidden).toEqual(['a']);
    expect(hidden.selectedNodes).toEqual(['b', 'c']);
    expect(hideNodes(hidden, ['a'])).toBe(hidden);
    expect(showNodes(hideNodes(hidden, ['b']), ['a']).curation.hidden).toEqual(['b']);
    expect(showAllHidden(hidden).curation.hidden).toEqual([]);
  });

  it('hide others keeps only the selection among what is shown', () => {
    const view = hideOthers(start, ['a', 'b'], ['a', 'b', 'c', 'd']);
    expect(view.curation.hidden).toEqual(['c', 'd']);
  });
});

describe('pin', () => {
  it('pins nodes where they are, and a new layout keeps exactly the pinned positions', () => {
    const dragged = { ...start, positions: { x: { x: 1, y: 1 } } };
    const pinned = pinNodes(dragged, new Map([['a', { x: 10, y: -20 }]]));
    expect(pinned.curation.pinned).toEqual(['a']);
    expect(pinned.positions).toEqual({ x: { x: 1, y: 1 }, a: { x: 10, y: -20 } });
    expect(setLayout(pinned, 'circle').positions).toEqual({ a: { x: 10, y: -20 } });
    expect(setLayout(unpinNodes(pinned, ['a']), 'circle').positions).toEqual({});
  });

  it('keeps an id such as "__proto__" as an ordinary position', () => {
    const pinned = pinNodes(start, new Map([['__proto__', { x: 3, y: 4 }]]));
    expect(Object.hasOwn(pinned.positions, '__proto__')).toBe(true);
    expect(isValidViewState(pinned)).toBe(true);
  });
});

describe('groups', () => {
  it('creates, renames, collapses, expands and ungroups; a node is in one group at a time', () => {
    const one = createGroup(start, ['a', 'b', 'c']);
    expect(one.curation.groups).toEqual([{ id: 'g1', label: 'Group 1', members: ['a', 'b', 'c'], collapsed: false }]);
    const two = createGroup(one, ['c', 'd'], 'Bureau');
    expect(two.curation.groups.map((g) => g.members)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const renamed = renameGroup(two, 'g1', '  XPSB\u202e officials\n');
    expect(renamed.curation.groups[0]?.label).toBe('XPSB officials');
    const collapsed = setGroupCollapsed(renamed, 'g2', true);
    expect(collapsed.curation.groups[1]?.collapsed).toBe(true);
    expect(setGroupCollapsed(collapsed, 'g2', false).curation.groups[1]?.collapsed).toBe(false);
    expect(ungroup(collapsed, 'g1').curation.groups.map((g) => g.id)).toEqual(['g2']);
    expect(isValidViewState(collapsed)).toBe(true);
  });

  it('drops a group emptied by a new one', () => {
    const view = createGroup(createGroup(start, ['a']), ['a', 'b']);
    expect(view.curation.groups).toEqual([{ id: 'g2', label: 'Group 2', members: ['a', 'b'], collapsed: false }]);
  });
});

describe('notes, title, caption, labels and colours', () => {
  it('adds notes on a node, an edge and a point as plain, cleaned text', () => {
    let view = addNote(start, { type: 'edge', id: 'm-1' }, '<b>ran</b> the IJOP\u202e platform');
    view = addNote(view, { type: 'node', id: 'a' }, 'x');
    view = addNote(view, { type: 'point', x: 5, y: 6 }, '   ');
    expect(view.curation.notes).toEqual([
      { id: 'n1', text: '<b>ran</b> the IJOP platform', target: { type: 'edge', id: 'm-1' } },
      { id: 'n2', text: 'x', target: { type: 'node', id: 'a' } },
    ]);
    expect(editNote(view, 'n2', 'y').curation.notes[1]?.text).toBe('y');
    expect(editNote(view, 'n2', '').curation.notes).toHaveLength(1);
    expect(removeNote(view, 'n1').curation.notes.map((n) => n.id)).toEqual(['n2']);
  });

  it('caps a long note and says how much was cut', () => {
    const long = 'word '.repeat(100);
    expect(noteText(long).cut).toBeGreaterThan(0);
    const view = addNote(start, { type: 'node', id: 'a' }, long);
    expect(Array.from(view.curation.notes[0]?.text ?? '').length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
    expect(isValidViewState(view)).toBe(true);
  });

  it('sets title and caption, a custom label and a highlight colour; clearing both removes the style', () => {
    const titled = setCaption(setTitle(start, ' Who ran\nthe XPSB '), 'Line one\nline two');
    expect(titled.curation).toMatchObject({ title: 'Who ran the XPSB', caption: 'Line one\nline two' });
    const styled = setNodeColour(setNodeLabel(titled, 'a', 'Party secretary'), ['a', 'b'], 'wine');
    expect(styled.curation.styles).toEqual([
      { node: 'a', label: 'Party secretary', colour: 'wine' },
      { node: 'b', label: null, colour: 'wine' },
    ]);
    const cleared = setNodeColour(setNodeLabel(styled, 'a', null), ['a'], null);
    expect(cleared.curation.styles).toEqual([{ node: 'b', label: null, colour: 'wine' }]);
  });
});

describe('every change is one undo step, and undo restores the view before it', () => {
  const steps: [string, (v: ViewState) => ViewState][] = [
    ['Hide 1 node', (v) => hideNodes(v, ['a'])],
    ['Show all', showAllHidden],
    ['Pin 1 node', (v) => pinNodes(v, new Map([['a', { x: 1, y: 2 }]]))],
    ['Unpin 1 node', (v) => unpinNodes(v, ['a'])],
    ['Group 2 nodes', (v) => createGroup(v, ['a', 'b'])],
    ['Rename a group', (v) => renameGroup(v, 'g1', 'Officials')],
    ['Collapse a group', (v) => setGroupCollapsed(v, 'g1', true)],
    ['Expand a group', (v) => setGroupCollapsed(v, 'g1', false)],
    ['Ungroup', (v) => ungroup(v, 'g1')],
    ['Add a note', (v) => addNote(v, { type: 'edge', id: 'm-1' }, 'ran it')],
    ['Edit a note', (v) => editNote(v, 'n1', 'ran it all')],
    ['Remove a note', (v) => removeNote(v, 'n1')],
    ['Set the title', (v) => setTitle(v, 'Title')],
    ['Set the caption', (v) => setCaption(v, 'Caption')],
    ['Label a node', (v) => setNodeLabel(v, 'a', 'Secretary')],
    ['Restyle nodes', (v) => setNodeColour(v, ['a'], 'teal')],
    ['Layout: Timeline', (v) => setLayout(v, 'timeline')],
  ];

  it('names each step, and undoing all of them returns to the start, redoing all to the end', () => {
    let history = startHistory(start);
    let view = start;
    const seen: ViewState[] = [start];
    steps.forEach(([name, step], i) => {
      view = step(view);
      seen.push(view);
      history = recordChange(history, view, i * 10_000);
      expect(history.entries[history.index]?.action).toBe(name);
    });
    for (let i = steps.length - 1; i >= 0; i -= 1) {
      const back = undo(history, view);
      if (!back) throw new Error('nothing to undo');
      ({ history, view } = back);
      expect(view.curation).toEqual(seen[i]?.curation);
      expect(view.layout).toBe(seen[i]?.layout);
    }
    expect(undo(history, view)).toBeNull();
    for (let i = 1; i <= steps.length; i += 1) {
      const again = redo(history, view);
      if (!again) throw new Error('nothing to redo');
      ({ history, view } = again);
      expect(view.curation).toEqual(seen[i]?.curation);
    }
    expect(redo(history, view)).toBeNull();
  });

  it('undo keeps navigation: the selection and camera stay as they are now', () => {
    const hidden = hideNodes(start, ['x']);
    const history = recordChange(startHistory(start), hidden, 0);
    const navigated = {
      ...hidden,
      selection: { type: 'node' as const, id: 'b' },
      camera: { zoom: 2, pan: { x: 1, y: 1 } },
    };
    const back = undo(history, navigated);
    expect(back?.view.curation.hidden).toEqual([]);
    expect(back?.view.selection).toEqual({ type: 'node', id: 'b' });
    expect(back?.view.camera).toEqual({ zoom: 2, pan: { x: 1, y: 1 } });
  });

  it('does not record selection changes, which belong to Back and Forward', () => {
    const history = startHistory(start);
    expect(recordChange(history, toggleNodeInSelection(start, 'b'), 1)).toBe(history);
  });
});
