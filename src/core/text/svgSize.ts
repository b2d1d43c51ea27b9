// The size an SVG document declares on its root element: what the frame and the PNG export read back from
// the markup the drawing made. Pure text reading, no DOM.

/** The width and height attributes of an SVG document's root element (0 where absent). */
export function svgSize(markup: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(open)?.[1] ?? 0);
  const height = Number(/\bheight="([\d.]+)"/.exec(open)?.[1] ?? 0);
  return { width, height };
}
