// The share menu's panel: the link, the embed code, images, view files, exports of what is visible and
// citations. A chunk of its own (with the exporters and the view file writer), loaded when the menu opens.
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { citationList } from '../../core/citations.ts';
import { useShown } from '../../state/derived.ts';
import { LINK_SOFT_LIMIT, curationCitationText } from '../../core/view/curationText.ts';
import { addNotice, useData, useView } from '../../state/store.ts';
import {
  countVisibleMeasures,
  downloadBlob,
  exportStem,
  viewFileBlob,
  visibleCsvBlob,
  visibleFtmBlob,
} from './actions.ts';
import { viewLink } from './links.ts';
import { CopyStatus, useCopy } from './copy.tsx';
import { EmbedShare } from './EmbedShare.tsx';
import { SavedViews } from './SavedViews.tsx';
import { ImageExport } from './ImageExport.tsx';
import { openViewFile } from '../../state/loadData.ts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="share-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The share menu's panel, loaded when the menu first opens. Focus starts on its first control. */
export function SharePanel({ id, onDone }: { id: string; onDone: () => void }) {
  const data = useData();
  const view = useView();
  // What the canvas shows: nodes hidden from the view are not cited or exported.
  const visible = useShown();
  const panel = useRef<HTMLDivElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const citeField = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const linkCopy = useCopy(linkField);
  const citeCopy = useCopy(citeField);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('button, input, textarea')?.focus();
  }, []);

  const href = window.location.href;
  const link = useMemo(() => viewLink(href, view), [href, view]);
  const title =
    view.curation.title !== ''
      ? view.curation.title
      : data
        ? `Sanctions explorer: ${data.dataset.info.title}`
        : 'Sanctions explorer';
  const citations = useMemo(() => {
    if (!data) return '';
    const name = (id: string) => (data.graph.hasNode(id) ? data.graph.getNodeAttribute(id, 'name') : id);
    const notes = curationCitationText(view.curation, (t) =>
      t.type === 'point'
        ? 'free note'
        : t.type === 'node'
          ? name(t.id)
          : data.graph.hasEdge(t.id)
            ? `${name(data.graph.source(t.id))} → ${name(data.graph.target(t.id))}`
            : t.id,
    );
    return notes + citationList(data.dataset, visible);
  }, [data, visible, view.curation]);
  const measures = useMemo(() => (data ? countVisibleMeasures(data, visible) : 0), [data, visible]);
  if (!data) return null;

  const stem = exportStem(data);
  const graphShown = view.mainView === 'graph';
  const saveViewFile = () => {
    viewFileBlob(data, view).then(
      (blob) => downloadBlob(blob, `${stem}-view.json`),
      () => addNotice('The view file could not be made; reload the page and try again.', 'error'),
    );
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if ((await openViewFile(file)).ok) onDone();
  };

  return (
    <div id={id} ref={panel} className="share-panel" role="dialog" aria-label="Share and export">
      <Section title="Link">
        <div className="share-row">
          <input
            ref={linkField}
            className="share-field"
            readOnly
            value={link}
            aria-label="Link to this view"
            onFocus={(e) => e.currentTarget.select()}
            data-share-link
          />
          <button type="button" onClick={() => void linkCopy.copy(link)}>
            Copy link
          </button>
        </div>
        <CopyStatus state={linkCopy.state} />
        {link.length > LINK_SOFT_LIMIT && (
          <p className="share-hint" role="note" data-link-too-long>
            This link is {link.length.toLocaleString('en')} characters long: some apps and chat services cut links over{' '}
            {LINK_SOFT_LIMIT.toLocaleString('en')} characters. Save the view file below instead; it carries any view in
            full.
          </p>
        )}
      </Section>

      <Section title="Saved views">
        <SavedViews data={data} onOpen={onDone} />
      </Section>

      <Section title="Embed">
        <EmbedShare title={title} />
      </Section>

      <Section title="Image">
        {graphShown ? (
          <ImageExport data={data} name={id} />
        ) : (
          <p className="share-hint">Switch to the graph to save it as an image.</p>
        )}
      </Section>

      <Section title="View file">
        <p className="share-hint">
          The view as a file{data.origin.kind === 'bundled' ? '' : ', with the data it shows'}; open it later to get the
          same view back.
        </p>
        <div className="share-row">
          <button type="button" onClick={saveViewFile}>
            Save view file
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open view file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Open view file"
            data-share-open
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              void onFile(file);
            }}
          />
        </div>
      </Section>

      <Section title="Data of what is visible">
        <p className="share-hint">
          {visible.nodes.size} entities, {visible.edges.size} relations, {measures} measures.
        </p>
        <div className="share-row">
          <button
            type="button"
            onClick={() => downloadBlob(visibleFtmBlob(data, visible), `${stem}-visible.ftm.jsonl`)}
          >
            FollowTheMoney (JSON lines)
          </button>
          <button
            type="button"
            onClick={() => downloadBlob(visibleCsvBlob(data, visible), `${stem}-visible-measures.csv`)}
          >
            Measures (CSV)
          </button>
        </div>
      </Section>

      <Section title="Citations">
        <textarea
          ref={citeField}
          className="share-field share-citations"
          readOnly
          rows={6}
          value={citations}
          aria-label="Sources of what is visible, as text"
          data-share-citations
        />
        <div className="share-row">
          <button type="button" onClick={() => void citeCopy.copy(citations)}>
            Copy citations
          </button>
          <CopyStatus state={citeCopy.state} />
        </div>
      </Section>
    </div>
  );
}
