// The PNG export: the framed SVG drawn onto a canvas at 2x or 4x, so the PNG and the SVG show the same frame,
// labels and legend. Browsers cap a canvas's size; a scale that would pass the cap is lowered, and said so.

/** Chromium's and Firefox's limits on a canvas: pixels per side and in all. */
const MAX_SIDE = 16_384;
const MAX_AREA = 120_000_000;

/** The largest scale at most `wanted` at which a width x height drawing fits a browser canvas. */
export function fittingScale(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_AREA / Math.max(width * height, 1));
  const fits = Math.min(bySide, byArea);
  // Rounded down: the canvas's pixel counts are rounded and must stay within the limits.
  return fits >= wanted ? wanted : Math.floor(fits * 100) / 100;
}

/** A PNG of an SVG document of the given size, at `scale` pixels per SVG unit. */
export async function svgToPng(svg: string, size: { width: number; height: number }, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
