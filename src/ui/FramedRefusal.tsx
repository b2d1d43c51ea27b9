/** True when the page runs inside another page's frame (comparing window objects works across origins). */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/**
 * The full explorer (with Open data and sharing) does not run inside another site's frame, so a page cannot
 * dress it up or click through it for the reader; the read-only embed (?embed=1) is the way to frame it.
 */
export function FramedRefusal() {
  return (
    <main className="data-error" role="alert" data-framed-refusal>
      <h1>This explorer does not run inside another page</h1>
      <p>
        <a href={window.location.href} target="_blank" rel="noopener">
          Open it in its own tab
        </a>
        . To show a graph in a page, use the read-only embed (Share, then Embed).
      </p>
    </main>
  );
}
