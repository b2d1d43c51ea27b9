// Notices (issue 16, items 5 and 7): a link cannot pile up notices or make one read backwards.
import { describe, expect, it } from 'vitest';
import { MAX_NOTICES } from '../../../src/core/text/notices.ts';
import { addNotice, useAppStore } from '../../../src/state/store.ts';

describe('notices', () => {
  it('are capped and shown once each, however many bad links are opened', () => {
    useAppStore.setState({ notices: [] });
    for (let i = 0; i < 1225; i++) addNotice(`The link could not be read (${i % 7}).`, 'warning');
    const texts = useAppStore.getState().notices.map((n) => n.text);
    expect(texts).toHaveLength(MAX_NOTICES);
    expect(new Set(texts).size).toBe(MAX_NOTICES);
    // The newest stay: the last one added is last.
    expect(texts.at(-1)).toBe(`The link could not be read (${1224 % 7}).`);
  });

  it('lose text-direction and control characters quoted from a link', () => {
    useAppStore.setState({ notices: [] });
    addNotice('Ignored the selection "\u202egro.ecnelav\u0007": not in the data.', 'warning');
    expect(useAppStore.getState().notices.map((n) => n.text)).toEqual([
      'Ignored the selection "gro.ecnelav": not in the data.',
    ]);
  });
});
