import { describe, expect, it } from 'vitest';
import { lettersOutsidePdfFont } from '../../../src/core/text/pdfFont.ts';

describe('letters a Helvetica PDF cannot show', () => {
  it('are none for Western European names and the punctuation exports use', () => {
    expect(lettersOutsidePdfFont('Reinhard Bütikofer · Raphaël Glucksmann – “Justo”…')).toEqual([]);
  });

  it('are listed once each, in order, for other letters and scripts', () => {
    expect(lettersOutsidePdfFont('Dovilė Šakalienė, 陈全国')).toEqual(['ė', '陈', '全', '国']);
  });
});
