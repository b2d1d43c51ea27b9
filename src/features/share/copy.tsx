// Copying text to the clipboard from the share menu, with a status line that says whether it worked.
import { useEffect, useRef, useState, type RefObject } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text with the clipboard API; on failure selects the field so the user can copy by hand. */
export function useCopy(field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async (text: string) => {
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
      field.current?.focus();
      field.current?.select();
    }
    timer.current = setTimeout(() => setState('idle'), 4000);
  };
  return { state, copy };
}

export function CopyStatus({ state }: { state: CopyState }) {
  return (
    <span className="copy-status" role="status" aria-live="polite">
      {state === 'copied'
        ? 'Copied'
        : state === 'failed'
          ? 'Could not copy: the text is selected, press Ctrl+C (⌘C)'
          : ''}
    </span>
  );
}
