// Which letters a PDF set in the standard Helvetica cannot show, so the PDF export can say so rather than
// silently drop them (the SVG and PNG exports use the system's fonts and keep every letter).

/** Letters Helvetica has in a PDF (WinAnsi: Latin-1 and a few more) beside the rest of Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The letters of `text` a PDF in Helvetica cannot show (each once, in order): "ė" in "Dovilė". */
export function lettersOutsidePdfFont(text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text) if ((ch.codePointAt(0) ?? 0) > 0xff && !WIN_ANSI_EXTRA.has(ch)) missing.add(ch);
  return [...missing];
}
