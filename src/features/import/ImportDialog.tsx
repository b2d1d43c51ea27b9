import { cancelLoad, dismissLoadStatus, useLoadStore, type LoadStatus } from '../../state/loadData.ts';
import { progressFigures, progressFraction } from './importText.ts';
import { ConfirmDataLink } from './ConfirmDataLink.tsx';
import { LoadReportPanel } from './LoadReportPanel.tsx';
import { Modal } from './Modal.tsx';
import { chooseDataFile } from './OpenDataButton.tsx';

const MAX_PROBLEMS_SHOWN = 50;

function Progress({ status }: { status: Extract<LoadStatus, { state: 'loading' }> }) {
  const fraction = status.step === 'prepare' ? null : progressFraction(status.progress);
  const label =
    status.step === 'prepare'
      ? 'Building the graph…'
      : status.progress?.phase === 'linking'
        ? 'Linking entities…'
        : 'Reading…';
  return (
    <Modal title={<>Opening {status.name}</>} onEscape={cancelLoad} kind="progress">
      <div className="import-progress" data-import-progress>
        <p className="import-phase" aria-live="polite">
          {label}
        </p>
        {fraction === null ? (
          <progress aria-label="Import progress" />
        ) : (
          <progress aria-label="Import progress" max={1} value={fraction} />
        )}
        <ul className="import-figures" data-import-figures>
          {progressFigures(status.progress).map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      </div>
      <div className="import-actions">
        <button type="button" onClick={cancelLoad} data-import-cancel data-autofocus>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

function Failure({ status }: { status: Extract<LoadStatus, { state: 'failed' }> }) {
  return (
    <Modal title={<>Could not open {status.name}</>} onEscape={dismissLoadStatus} kind="error" alert>
      <p className="import-error" data-import-error={status.code}>
        {status.message}
      </p>
      {status.problems.length > 0 && (
        <ul className="import-problems">
          {status.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
          {status.problems.length > MAX_PROBLEMS_SHOWN && (
            <li>… and {status.problems.length - MAX_PROBLEMS_SHOWN} more</li>
          )}
        </ul>
      )}
      <p className="muted">The data shown before is unchanged.</p>
      <div className="import-actions">
        <button
          type="button"
          onClick={() => {
            dismissLoadStatus();
            chooseDataFile();
          }}
        >
          Choose another file…
        </button>
        <button type="button" onClick={dismissLoadStatus} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}

/** The import's progress (with Cancel), its failure, or the load report of the data last opened. */
export function ImportDialog() {
  const status = useLoadStore((s) => s.status);
  const last = useLoadStore((s) => s.last);
  const reportOpen = useLoadStore((s) => s.reportOpen);
  if (status.state === 'loading') return <Progress key={status.name} status={status} />;
  if (status.state === 'failed') return <Failure status={status} />;
  if (status.state === 'confirm') return <ConfirmDataLink question={status} />;
  if (reportOpen && last) {
    return (
      <Modal title={<>Load report: {last.name}</>} onEscape={dismissLoadStatus} kind="report" className="import-report">
        <LoadReportPanel report={last.report} />
        <div className="import-actions">
          <button type="button" onClick={dismissLoadStatus} data-autofocus>
            Close
          </button>
        </div>
      </Modal>
    );
  }
  return null;
}
