import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  UNREADABLE_LINK_NOTICE,
  decodeViewState,
  encodeViewState,
  isValidViewState,
} from '../../../src/core/view/codec.ts';
import { MAX_NOTICES } from '../../../src/core/view/notices.ts';
import { curatedView, fiftyDraggedView, typicalView, viewStateArb } from './fixtures.ts';

/** What every decode must give, whatever the input: a valid state and a short list of plain-text notices. */
function expectSafeDecode(input: string): void {
  let result: ReturnType<typeof decodeViewState> | undefined;
  expect(() => {
    result = decodeViewState(input);
  }).not.toThrow();
  if (!result) throw new Error('no result');
  expect(isValidViewState(result.state)).toBe(true);
  // The last-resort guard is never what saved the day: every input is handled by the real reading code.
  expect(result.notices).not.toContain(UNREADABLE_LINK_NOTICE);
  expect(result.notices.length).toBeLessThanOrEqual(MAX_NOTICES + 1);
  for (const notice of result.notices) {
    expect(typeof notice).toBe('string');
    expect(notice.length).toBeLessThan(1200);
  }
}

/** Link-like alphabets: random strings made of these hit the parser's branches far more often than noise. */
const linkChars = fc.constantFrom(...'v=1&skmbctafxplzqdn:~,!%-._0123456789AEFeghiop#+$ <>"\'\\/'.split(''));
const linkish = fc.string({ unit: linkChars, maxLength: 200 });
const keyValues = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'v',
        'd',
        's',
        'k',
        'm',
        'b',
        'c',
        't',
        'a',
        'f',
        'x',
        'pf',
        'pt',
        'l',
        'z',
        'q',
        'qz',
        'pn',
        'mv',
        'sn',
        'h',
        'pi',
        'g',
        'n',
        'ti',
        'ca',
        'ns',
        'cz',
        '__proto__',
        'constructor',
      ),
      fc.oneof(
        linkish,
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom('NaN', 'Infinity', '-0', '1e308', '9'.repeat(400), '%', '%zz', '%E0%A4%A'),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

type Mutation = (link: string) => string;
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n): Mutation =>
      (link) =>
        link.slice(0, n % (link.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })).map(([n, code]): Mutation => (link) => {
    const at = n % Math.max(1, link.length);
    return link.slice(0, at) + String.fromCharCode(code) + link.slice(at + 1);
  }),
  fc
    .tuple(fc.nat(), fc.oneof(linkish, fc.string({ unit: 'binary', maxLength: 20 })))
    .map(([n, text]): Mutation => (link) => {
      const at = n % (link.length + 1);
      return link.slice(0, at) + text + link.slice(at);
    }),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([n, count]): Mutation => (link) => {
    const at = n % (link.length + 1);
    return link.slice(0, at) + link.slice(at + count);
  }),
  fc.nat().map((n): Mutation => (link) => {
    // Repeat a key=value pair, or move one to the front.
    const parts = link.split('&');
    const part = parts[n % parts.length] ?? '';
    return n % 2 === 0 ? `${link}&${part}` : [part, ...parts].join('&');
  }),
);

describe('decodeViewState never throws and always returns a valid view (fuzz)', () => {
  it('survives thousands of random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), linkish, keyValues),
        (input) => expectSafeDecode(input),
      ),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('survives thousands of mutations of valid links (truncation, flips, insertions, deletions, repeats)', () => {
    fc.assert(
      fc.property(viewStateArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (state, mutations) => {
        expectSafeDecode(mutations.reduce((link, mutate) => mutate(link), encodeViewState(state)));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('survives every truncation of a compressed 50-node link, a typical link and a curated link', () => {
    for (const link of [fiftyDraggedView(), typicalView(), curatedView()].map(encodeViewState)) {
      for (let end = 0; end <= link.length; end += 1) expectSafeDecode(link.slice(0, end));
    }
  }, 60_000);

  it('survives hostile inputs: megabytes, prototype keys, scripts, absurd numbers, decompression bombs', () => {
    const hostile = [
      'a'.repeat(3_000_000),
      `v=1&q=${'x~1~2,'.repeat(500_000)}`,
      '&'.repeat(200_000),
      '='.repeat(200_000),
      '%'.repeat(200_000),
      'v=1&__proto__=x&constructor=y&prototype=z&toString=w',
      'v=1&s=n:<script>alert(1)</script>&d=<img src=x onerror=alert(1)>',
      'v=1&z=1e308~1e308~-1e308&q=a~NaN~NaN,b~Infinity~-Infinity,c~0x10~0b1',
      'v=1&f=chen~99999999999999999999&z=0~0~0',
      'v=999999999999999999999&s=n:a',
      'v=-1',
      'v=1.0',
      `v=1&qz=${LZString.compressToEncodedURIComponent('a'.repeat(400_000))}`,
      `v=1&qz=${LZString.compressToEncodedURIComponent('x~1~2,'.repeat(30_000))}`,
      `v=1&qz=${'A'.repeat(8_000)}`,
      `v=1&cz=${LZString.compressToEncodedURIComponent(`h=${'x,'.repeat(200_000)}`)}`,
      `v=1&cz=${LZString.compressToEncodedURIComponent(`n=${'n1~p~1~2~a,'.repeat(5_000)}&g=${'g1~a~b!c,'.repeat(3_000)}`)}`,
      `v=1&cz=${LZString.compressToEncodedURIComponent('cz=x&__proto__=y&h=a&h=b')}`,
      `v=1&n=${'n1~o~a~' + 'x'.repeat(100_000)}&ti=${'%E2%80%AE'.repeat(1000)}&g=g1~${'y'.repeat(5000)}~a`,
      'v=1&g=g0~a~b,g99999~a~b,g1~a~,g2~a~!!!,g3~a~b~c~d&n=n0~o~a~t,n1~p~1e9~2~t,n1~o~a~t,n1~o~a~t',
      '\u0000\u0001\u0002v=1',
      '\uD800v=1&s=n:\uDC00',
    ];
    for (const input of hostile) expectSafeDecode(input);
  }, 60_000);
});
