// The PDF export: the framed SVG as one vector page, through svg2pdf.js and jsPDF (both loaded on first use,
// as a chunk of their own). Text is set in the PDF's standard Helvetica, which covers Latin names only.
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';

/** One PDF page the size of the SVG (in points, one per SVG pixel) holding the drawing as vectors. */
export async function svgToPdf(svg: string, size: { width: number; height: number }): Promise<Blob> {
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const doc = new jsPDF({
    orientation: size.width >= size.height ? 'landscape' : 'portrait',
    unit: 'pt',
    format: [size.width, size.height],
    compress: true,
  });
  await svg2pdf(element, doc, { x: 0, y: 0, width: size.width, height: size.height });
  return doc.output('blob');
}
