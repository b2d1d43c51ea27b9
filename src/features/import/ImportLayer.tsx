import { Suspense } from 'react';
import { useLoadStore } from '../../state/loadData.ts';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { LoadingPanel } from '../../ui/Loading.tsx';
import { DropZone } from './DropZone.tsx';

// The dialog (progress, failure, load report) is a chunk of its own; only the drop zone is needed at start.
const ImportDialog = lazyPart(() => import('./ImportDialog.tsx').then((m) => m.ImportDialog));

/** What opening data adds over the whole page: the drop zone (not in the embed) and the import dialog. */
export function ImportLayer({ embed }: { embed: boolean }) {
  const dialog = useLoadStore((s) => s.status.state !== 'idle' || (s.reportOpen && s.last !== null));
  return (
    <>
      {!embed && <DropZone />}
      {dialog && (
        <Suspense fallback={<LoadingPanel className="visually-hidden" />}>
          <ImportDialog />
        </Suspense>
      )}
    </>
  );
}
