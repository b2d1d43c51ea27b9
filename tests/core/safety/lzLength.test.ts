// A compressed link value is measured before it is expanded (issue 16, item 7).
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeViewState } from '../../../src/core/view/codec.ts';
import { lzExpandedLength } from '../../../src/core/view/lzLength.ts';

describe('lzExpandedLength', () => {
  it("agrees with lz-string's own decompression, without expanding", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 200; i++) {
      let text = '';
      for (let j = Math.floor(next() * 300); j > 0; j--) {
        text += String.fromCharCode(i % 3 === 0 ? 97 + Math.floor(next() * 3) : 32 + Math.floor(next() * 5000));
      }
      expect(lzExpandedLength(LZString.compressToEncodedURIComponent(text), 1e9)).toBe(text.length);
    }
  });

  it('stops at the limit: a short value that would expand to 300,000 characters is refused', () => {
    const bomb = LZString.compressToEncodedURIComponent('a'.repeat(300_000));
    expect(bomb.length).toBeLessThan(8_000);
    expect(lzExpandedLength(bomb, 100_000)).toBe('tooLong');
    const { notices } = decodeViewState(`v=1&qz=${bomb}`);
    expect(notices).toEqual([expect.stringContaining('they expand to over 100000 characters')]);
  });
});
