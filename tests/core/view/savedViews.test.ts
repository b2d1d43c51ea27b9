import { describe, expect, it } from 'vitest';
import { encodeViewState } from '../../../src/core/view/codec.ts';
import {
  MAX_SAVED_CHARACTERS,
  MAX_SAVED_VIEWS,
  addSavedView,
  deleteSavedView,
  parseSavedViews,
  renameSavedView,
  type SavedView,
} from '../../../src/core/view/savedViews.ts';
import { curatedView } from './fixtures.ts';

const item = (id: string, extra: Partial<SavedView> = {}): SavedView => ({
  id,
  name: `View ${id}`,
  savedAt: '2026-12-03T10:00:00.000Z',
  link: encodeViewState(curatedView()),
  thumbnail: 'data:image/png;base64,iVBORw0KGgo=',
  ...extra,
});

describe('saved views', () => {
  it('adds at the top with a cleaned name, renames and deletes', () => {
    const added = addSavedView([item('a')], item('b', { name: '  XPSB\u202e officials ' }));
    if (!added.ok) throw new Error(added.error);
    expect(added.views.map((v) => [v.id, v.name])).toEqual([
      ['b', 'XPSB officials'],
      ['a', 'View a'],
    ]);
    expect(renameSavedView(added.views, 'a', 'Renamed')[1]?.name).toBe('Renamed');
    expect(renameSavedView(added.views, 'a', '   ')[1]?.name).toBe('View a');
    expect(deleteSavedView(added.views, 'b').map((v) => v.id)).toEqual(['a']);
  });

  it('refuses, with a message, past the count or the size limit', () => {
    const many = Array.from({ length: MAX_SAVED_VIEWS }, (_, i) => item(`v${i}`));
    expect(addSavedView(many, item('x'))).toEqual({ ok: false, error: expect.stringContaining('delete one') });
    const huge = item('big', { thumbnail: `data:image/png;base64,${'A'.repeat(MAX_SAVED_CHARACTERS)}` });
    const result = addSavedView([], huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Saved views are full/);
  });

  it('reads back what it stored, and drops entries that are broken or carry something other than a PNG', () => {
    const good = [item('a'), item('b')];
    expect(parseSavedViews(JSON.stringify(good))).toEqual(good);
    const stored = JSON.stringify([
      item('a', { thumbnail: 'javascript:alert(1)' }),
      item('b', { link: 'v=1&zz=1' }),
      { id: 'c' },
      item('a'),
      item('Bad Id'),
    ]);
    const read = parseSavedViews(stored);
    expect(read.map((v) => v.id)).toEqual(['a']);
    expect(read[0]?.thumbnail).toBeNull();
    expect(parseSavedViews('not json')).toEqual([]);
    expect(parseSavedViews(null)).toEqual([]);
  });
});
