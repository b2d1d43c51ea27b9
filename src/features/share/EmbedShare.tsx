// The share menu's embed section: the frame's size, the HTML to paste, and a preview of the embed at that
// size (the real embed in an iframe, scaled to the panel), loaded only when asked for: it is a second app.
import { useMemo, useRef, useState } from 'react';
import { useView } from '../../state/store.ts';
import { CopyStatus, useCopy } from './copy.tsx';
import { embedLink, embedSnippet } from './links.ts';

/** Frame sizes offered for the embed, width x height in CSS pixels; the first is the default. */
export const EMBED_SIZES = [
  { width: 800, height: 500 },
  { width: 640, height: 480 },
  { width: 1000, height: 625 },
  { width: 400, height: 500 },
] as const;

/** The width the preview is drawn at in the panel. */
const PREVIEW_WIDTH = 380;

export function EmbedShare({ title }: { title: string }) {
  const view = useView();
  const field = useRef<HTMLTextAreaElement>(null);
  const copy = useCopy(field);
  const [sizeIndex, setSizeIndex] = useState(0);
  const [preview, setPreview] = useState(false);
  const size = EMBED_SIZES[sizeIndex] ?? EMBED_SIZES[0];
  const href = window.location.href;
  const snippet = useMemo(() => embedSnippet(href, view, title, size), [href, view, title, size]);
  const src = useMemo(() => embedLink(href, view), [href, view]);
  const scale = Math.min(1, PREVIEW_WIDTH / size.width);

  return (
    <>
      <p className="share-hint">
        A read-only view for a web page, fitted to the frame, with a link back to the explorer.
      </p>
      <div className="share-row">
        <label>
          Size{' '}
          <select value={sizeIndex} onChange={(e) => setSizeIndex(Number(e.target.value))} data-embed-size>
            {EMBED_SIZES.map((s, i) => (
              <option key={`${s.width}x${s.height}`} value={i}>
                {s.width} × {s.height}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setPreview(!preview)}>
          {preview ? 'Hide preview' : 'Preview'}
        </button>
      </div>
      <textarea
        ref={field}
        className="share-field"
        readOnly
        rows={3}
        value={snippet}
        aria-label="HTML to embed this view"
        onFocus={(e) => e.currentTarget.select()}
        data-share-embed
      />
      <div className="share-row">
        <button type="button" onClick={() => void copy.copy(snippet)}>
          Copy embed code
        </button>
        <CopyStatus state={copy.state} />
      </div>
      {preview && (
        <div
          className="embed-preview"
          style={{ width: size.width * scale, height: size.height * scale }}
          data-embed-preview={`${size.width}x${size.height}`}
        >
          <iframe
            src={src}
            title={`Preview of the embed at ${size.width} × ${size.height}`}
            width={size.width}
            height={size.height}
            style={{ transform: `scale(${scale})` }}
          />
        </div>
      )}
    </>
  );
}
