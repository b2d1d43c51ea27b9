// The share menu's image exports: PNG (2x, 4x) and SVG of the whole graph or the view, each framed with a
// title the user may edit, the legend of what is drawn, the as-of date, the active filters and the credit.
import { useMemo, useState } from 'react';
import { composeExportFrame, defaultExportTitle } from '../../core/view/exportFrame.ts';
import { lettersOutsidePdfFont } from '../../core/text/pdfFont.ts';
import { svgSize } from '../../core/text/svgSize.ts';
import { canvasCommands } from '../../state/commands.ts';
import { useShown } from '../../state/derived.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { addNotice, useView } from '../../state/store.ts';
import { downloadBlob, exportStem } from './actions.ts';
import { fittingScale, svgToPng } from './rasterize.ts';
import { datasetCredits } from '../../core/data/about.ts';

export function ImageExport({ data, name }: { data: LoadedData; name: string }) {
  const view = useView();
  const shown = useShown();
  const [wholeGraph, setWholeGraph] = useState(true);
  const [background, setBackground] = useState(true);
  const suggested = view.curation.title.trim() || defaultExportTitle(data.graph, view, data.dataset.info);
  const [title, setTitle] = useState(suggested);
  const [busy, setBusy] = useState(false);
  const frame = useMemo(
    () =>
      composeExportFrame({
        graph: data.graph,
        view,
        info: { ...data.dataset.info, credits: datasetCredits(data.recorded) },
        shown,
        title,
      }),
    [data, view, shown, title],
  );

  const save = async (format: 'png' | 'svg' | 'pdf', scale = 2) => {
    const canvas = canvasCommands();
    if (!canvas) return;
    const file = `${exportStem(data)}-${wholeGraph ? 'graph' : 'view'}`;
    setBusy(true);
    try {
      const svg = await canvas.svg({ full: wholeGraph, background, frame });
      if (!svg) throw new Error('no drawing');
      if (format === 'svg') {
        downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${file}.svg`);
        return;
      }
      const size = svgSize(svg);
      if (format === 'pdf') {
        const { svgToPdf } = await import('./pdf.ts');
        downloadBlob(await svgToPdf(svg, size), `${file}.pdf`);
        const missing = lettersOutsidePdfFont(svg);
        if (missing.length > 0)
          addNotice(
            `The PDF's font lacks ${missing.slice(0, 8).join(' ')}: names with them lose letters. The SVG and PNG keep them.`,
          );
        return;
      }
      const fitted = fittingScale(size.width, size.height, scale);
      if (fitted < scale)
        addNotice(`The image is too large for ${scale}×: it was saved at ${fitted.toFixed(1)}×, or save it as SVG.`);
      downloadBlob(await svgToPng(svg, size, fitted), `${file}${scale === 2 ? '' : `-${scale}x`}.png`);
    } catch {
      addNotice('The image could not be made.', 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <label className="share-title">
        Title{' '}
        <input
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={suggested}
          data-export-title
        />
      </label>
      <fieldset className="share-options">
        <legend className="visually-hidden">What to draw</legend>
        <label>
          <input type="radio" name={`${name}-extent`} checked={wholeGraph} onChange={() => setWholeGraph(true)} /> Whole
          graph
        </label>
        <label>
          <input type="radio" name={`${name}-extent`} checked={!wholeGraph} onChange={() => setWholeGraph(false)} />{' '}
          Current view
        </label>
        <label>
          <input type="checkbox" checked={background} onChange={(e) => setBackground(e.target.checked)} /> Background
        </label>
      </fieldset>
      <p className="share-hint">
        With the title, the legend of what is drawn, {view.asOf ? `the date (${view.asOf})` : 'the data’s date'}
        {frame.filterLines.length > 0 ? `, ${frame.filterLines.length} filter line(s)` : ''} and the credit.
      </p>
      <div className="share-row">
        <button type="button" disabled={busy} onClick={() => void save('png', 2)}>
          PNG (2×)
        </button>
        <button type="button" disabled={busy} onClick={() => void save('png', 4)}>
          PNG (4×)
        </button>
        <button type="button" disabled={busy} onClick={() => void save('svg')}>
          SVG
        </button>
        <button type="button" disabled={busy} onClick={() => void save('pdf')}>
          PDF
        </button>
      </div>
    </>
  );
}
