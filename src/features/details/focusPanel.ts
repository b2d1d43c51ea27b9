// Moving the keyboard focus to the detail panel's heading: after a search choice the reader continues in
// the panel (its measures are a Tab away), not at the top of the page. The panel is a lazy chunk, so the
// heading may appear a few frames later.

/** How long to wait for the panel of the chosen node to appear. */
const WAIT_MS = 5000;

let pending = 0;

/** Focuses the heading of the panel of node `id` as soon as it is rendered (a later call cancels this one). */
export function focusPanelHeading(id: string): void {
  const ticket = ++pending;
  const started = performance.now();
  const attempt = () => {
    if (ticket !== pending) return;
    const heading = [...document.querySelectorAll<HTMLElement>('[data-panel-node] #panel-title')].find(
      (h) => h.closest('[data-panel-node]')?.getAttribute('data-panel-node') === id,
    );
    if (heading) {
      heading.focus({ preventScroll: false });
      return;
    }
    if (performance.now() - started < WAIT_MS) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Focuses the heading of whatever the side panel shows (the skip link's target). */
export function focusPanel(): void {
  const target = document.querySelector<HTMLElement>('.panel-body #panel-title, .panel-body h2');
  if (target) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
}
