import { useEffect, useState } from 'react';
import { openDataFile } from '../../state/loadData.ts';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer !== null && [...e.dataTransfer.types].includes('Files');
}

/**
 * The whole page accepts a dropped file: while a file is dragged over it, an overlay says what dropping
 * does; dropping opens the file (data or a view file). Other drags (text, links) are left alone.
 */
export function DropZone() {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag leaves the page.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void openDataFile(file);
    };
    document.addEventListener('dragenter', onEnter);
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onEnter);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <div className={`drop-zone ${dragging ? 'dragging' : ''}`} data-drop-zone aria-hidden={!dragging}>
      {dragging && (
        <div className="drop-zone-message" role="status">
          <strong>Drop the file to open it</strong>
          <span>FollowTheMoney JSON lines, this explorer&apos;s dataset file, or a view file</span>
        </div>
      )}
    </div>
  );
}
