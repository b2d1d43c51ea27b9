import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

export interface MenuPanel {
  open: boolean;
  toggle(): void;
  /** Closes the panel; with refocus, focus returns to the button that opened it. */
  close(refocus: boolean): void;
  panelId: string;
  wrapper: RefObject<HTMLDivElement | null>;
  button: RefObject<HTMLButtonElement | null>;
  /** For the wrapper: Esc closes the panel (and only the panel: the selection stays). */
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
}

/** A button that opens a panel (which focuses itself): Esc or a click outside closes it. Shared by the top bar's menus. */
export function useMenuPanel(): MenuPanel {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !wrapper.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return {
    open,
    toggle: () => setOpen((o) => !o),
    close,
    panelId,
    wrapper,
    button,
    onKeyDown: (e) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        close(true);
      }
    },
  };
}
