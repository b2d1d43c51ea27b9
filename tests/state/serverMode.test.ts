// Server mode asks the server by the FtM id a drawn node came from, which the importer keeps out of readers'
// notes when it had to rewrite the id.
import { describe, expect, it } from 'vitest';
import { importFtmText } from '../../src/core/data/ftm/importer.ts';
import { ftmIdOf } from '../../src/state/serverMode.ts';

describe('ftmIdOf', () => {
  it("finds the file's id of a node whose id the importer rewrote, in its editor's notes", () => {
    const { dataset } = importFtmText('{"id":"NK-ZhuHailun9","schema":"Person","properties":{"name":["Zhu Hailun"]}}', {
      fileName: 'x',
    });
    const node = dataset.nodes[0];
    if (!node) throw new Error('no node');
    expect(node.id).not.toBe('NK-ZhuHailun9');
    expect(ftmIdOf(node)).toBe('NK-ZhuHailun9');
  });

  it('reads a bundle saved before 5 Dec, which kept it in a reader note, and a node whose id was kept', () => {
    expect(ftmIdOf({ id: 'nk-a', notes: ['FtM id: NK-a'] })).toBe('NK-a');
    expect(ftmIdOf({ id: 'plain', notes: [] })).toBe('plain');
  });
});
