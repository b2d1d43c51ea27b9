// Every panel of the bundled data, rendered as the app renders it, shows no working note: no file name,
// no record id, no placeholder. The panels' own wording (labels, status lines) is checked along with the data.
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../../scripts/lib/readDataFolder.ts';
import { datasetIds, readerTextFaults } from '../../../src/core/data/readerText.ts';
import { EdgePanel } from '../../../src/features/details/EdgePanel.tsx';
import { NodePanel } from '../../../src/features/details/NodePanel.tsx';
import { prepareData } from '../../../src/state/loadedData.ts';

const { dataset } = checkDataFolder(join(import.meta.dirname, '../../../data'));
if (!dataset) throw new Error('data/ does not validate');
const data = prepareData(dataset, { kind: 'bundled' });
const ids = datasetIds(dataset);

/** The text a reader sees: markup without tags and attributes (ids in data- attributes are not shown). */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('panel text of the bundled data', () => {
  it('names no file, id or placeholder in any node panel', () => {
    const faults: string[] = [];
    data.graph.forEachNode((id) => {
      const text = visibleText(renderToStaticMarkup(<NodePanel data={data} id={id} asOf={null} />));
      for (const fault of readerTextFaults(text, ids)) faults.push(`${id}: ${fault}`);
    });
    expect(faults).toEqual([]);
    // Not vacuous: a panel shows its reader notes, and never the editor notes beside them in the data.
    const xpsb = visibleText(renderToStaticMarkup(<NodePanel data={data} id="xpsb" asOf={null} />));
    expect(xpsb).toContain('secondary sources treat the two names as one body');
    expect(dataset.nodes.find((n) => n.id === 'xpsb')?.editorNotes?.join(' ')).toContain('xuar-psb-2019');
  });

  it('names no file, id or placeholder in any edge panel, and links each addressed source in a new tab', () => {
    const faults: string[] = [];
    let links = 0;
    data.graph.forEachEdge((id) => {
      const html = renderToStaticMarkup(<EdgePanel data={data} id={id} />);
      for (const fault of readerTextFaults(visibleText(html), ids)) faults.push(`${id}: ${fault}`);
      for (const [anchor] of html.matchAll(/<a [^>]*href="http[^"]*"[^>]*>/g)) {
        links += 1;
        expect(anchor).toMatch(/href="https:\/\//);
        expect(anchor).toContain('target="_blank"');
        expect(anchor).toContain('rel="noopener noreferrer"');
      }
    });
    expect(faults).toEqual([]);
    expect(links).toBeGreaterThan(0);
  });
});
