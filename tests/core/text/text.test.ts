import { describe, expect, it } from 'vitest';
import { cleanName, cleanText } from '../../../src/core/text/cleanText.ts';
import { isHttpsUrl, safeHttpUrl } from '../../../src/core/text/safeUrl.ts';

describe('safeHttpUrl', () => {
  it('keeps http(s) addresses', () => {
    expect(safeHttpUrl('https://home.treasury.gov/news/press-releases/sm1055')).toBe(
      'https://home.treasury.gov/news/press-releases/sm1055',
    );
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    '//example.org/relative',
    '/relative/path',
    'https://user:pw@example.org/',
    '',
  ])('refuses %s', (value) => {
    expect(safeHttpUrl(value)).toBeNull();
  });
  it('tells https apart', () => {
    expect(isHttpsUrl('https://example.org')).toBe(true);
    expect(isHttpsUrl('http://example.org')).toBe(false);
  });
});

describe('cleanText', () => {
  it('drops bidi overrides so a name cannot read backwards', () => {
    expect(cleanText('U.S. \u202Eyrusaert')).toBe('U.S. yrusaert');
    expect(cleanText('a\u2066b\u2069c')).toBe('abc');
  });
  it('drops control characters and folds spaces, keeping newlines', () => {
    expect(cleanText('Chen\u0000 \u0007Quanguo')).toBe('Chen Quanguo');
    expect(cleanText('line one  \n  line two')).toBe('line one\nline two');
  });
  it('keeps scripts other than Latin', () => {
    expect(cleanText('陈全国')).toBe('陈全国');
    expect(cleanText('محمد بن سلمان')).toBe('محمد بن سلمان');
  });
});

describe('cleanName', () => {
  it('is null for a name made only of invisible characters', () => {
    expect(cleanName('\u200b\u200b \ufeff')).toBeNull();
    expect(cleanName('\u202e')).toBeNull();
  });
  it('folds a name onto one line', () => {
    expect(cleanName('Zhu\nHailun')).toBe('Zhu Hailun');
  });
});
