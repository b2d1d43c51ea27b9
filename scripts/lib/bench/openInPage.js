// In-page part of `npm run bench:open` (plain browser JavaScript, passed to Playwright as text): records long
// tasks from the start, waits for the page to go quiet, and watches one file open. Times are performance.now()
// milliseconds from the page's navigation start.
(() => {
  /** @type {{ start: number, duration: number }[]} */
  const tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  /** The start of the second animation frame from now: the frame showing what is in the document was handed over. */
  const afterFrame = (set) => requestAnimationFrame(() => requestAnimationFrame(() => set(performance.now())));

  const state = { chosen: null, summary: null, rankings: null, heading: null, tasks };

  window.__benchOpen = {
    state,
    /** Resolves once no long task has ended for quietMs (or after timeoutMs). */
    settle: (quietMs, timeoutMs) =>
      new Promise((resolve) => {
        const started = performance.now();
        const check = () => {
          const now = performance.now();
          const last = Math.max(0, ...tasks.map((t) => t.start + t.duration));
          if (now - last >= quietMs || now - started > timeoutMs) resolve();
          else setTimeout(check, 100);
        };
        check();
      }),
    /** From now: when the file input changes, and when the summary and its rankings are first on screen. */
    watch: () => {
      const chosen = (event) => {
        if (event.target instanceof Element && event.target.matches('[data-open-data-input]')) {
          state.chosen ??= event.timeStamp;
        }
      };
      document.addEventListener('input', chosen, true);
      document.addEventListener('change', chosen, true);
      let sawSummary = false;
      const observer = new MutationObserver(() => {
        const heading = document.querySelector('[data-large-summary] h2');
        if (!sawSummary && heading) {
          sawSummary = true;
          state.heading = heading.textContent;
          afterFrame((t) => (state.summary = t));
        }
        if (document.querySelector('[data-summary-targets] li')) {
          afterFrame((t) => (state.rankings = t));
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    },
  };
})();
