// What shows while a part of the app loads on first use (a menu's panel, a side tab, a dialog): a short
// "Loading…" that screen readers announce, in the place the part will take.

export function LoadingPanel({ className }: { className?: string }) {
  return (
    <div className={`loading ${className ?? ''}`} role="status" aria-live="polite">
      Loading…
    </div>
  );
}
