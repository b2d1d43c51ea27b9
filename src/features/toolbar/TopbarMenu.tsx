import { useEffect, useId, useState, type ReactNode } from 'react';

/**
 * The top bar's tools (view, zoom, layout, open data, share). On a wide screen they sit in the bar; on a
 * phone (CSS, max-width 720px) they fold behind one "Menu" button, so the bar is one row under the search.
 */
export function TopbarMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        Menu
      </button>
      <div id={id} className={`topbar-tools${open ? ' open' : ''}`}>
        {children}
      </div>
    </>
  );
}
