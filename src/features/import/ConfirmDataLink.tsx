import { useId, useState } from 'react';
import { DEFAULT_LIMITS, MAX_BYTES_CEILING, MB } from '../../core/settings/limits.ts';
import type { DataLinkQuestion } from '../../state/loadData.ts';
import { Modal } from './Modal.tsx';

/**
 * `?data=` naming another site: says which site, that its data will replace what is shown and is not verified
 * here, and lets the user raise the download limit. Nothing is fetched before Open.
 */
export function ConfirmDataLink({ question }: { question: DataLinkQuestion }) {
  const [megabytes, setMegabytes] = useState(String(DEFAULT_LIMITS.maxBytes / MB));
  const limitId = useId();
  const value = Number(megabytes);
  const valid = Number.isFinite(value) && value >= 1 && value * MB <= MAX_BYTES_CEILING;
  return (
    <Modal title={<>Open data from {question.host}?</>} onEscape={question.cancel} kind="confirm">
      <p data-confirm-data-link>
        This link asks to open data from <strong>{question.host}</strong>. It will replace what you see. This site has
        not checked it: names, measures and sources in it say only what {question.host} says.
      </p>
      <p className="muted import-url">{question.url}</p>
      <p>
        <label htmlFor={limitId}>Stop reading after </label>
        <input
          id={limitId}
          type="number"
          min={1}
          max={MAX_BYTES_CEILING / MB}
          step={1}
          value={megabytes}
          onChange={(e) => setMegabytes(e.target.value)}
          data-confirm-limit
          className="confirm-limit"
        />{' '}
        MB
      </p>
      <div className="import-actions">
        <button type="button" onClick={question.cancel} data-confirm-cancel data-autofocus>
          Cancel
        </button>
        <button type="button" disabled={!valid} onClick={() => question.open(value * MB)} data-confirm-open>
          Open
        </button>
      </div>
    </Modal>
  );
}
