import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: ReactNode;
  /** Esc, or the browser's own close of a modal dialog. */
  onEscape(): void;
  children: ReactNode;
  className?: string;
  /** For tests and styles: data-import-dialog="progress" | "error" | "report". */
  kind: string;
  /** Announce the whole dialog as an alert (a failure). */
  alert?: boolean;
}

/**
 * A modal dialog on the native <dialog>: focus starts on the element marked data-autofocus, is kept inside,
 * and returns where it was when the dialog closes.
 */
export function Modal({ title, onEscape, children, className, kind, alert }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const escape = useRef(onEscape);
  escape.current = onEscape;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element (a scrolling list may be one): put focus on the main button.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
    dialog.scrollTop = 0;
    const onCancel = (e: Event) => {
      e.preventDefault();
      escape.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`import-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      role={alert ? 'alertdialog' : undefined}
      data-import-dialog={kind}
    >
      <h2 id={titleId} className="import-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
