import { DropZone } from './DropZone.tsx';
import { ImportDialog } from './ImportDialog.tsx';

/** What opening data adds over the whole page: the drop zone (not in the embed) and the import dialog. */
export function ImportLayer({ embed }: { embed: boolean }) {
  return (
    <>
      {!embed && <DropZone />}
      <ImportDialog />
    </>
  );
}
