// The curation as plain text for the citation list: the view's title and caption, then each note with what it
// is about, so that a copied citation keeps the author's annotations with the sources behind the view.
import type { Curation, NoteTarget } from './curation.ts';

/** Names a note's subject: a node's name, an edge as "source → target", or "free note". */
export type NameOf = (target: NoteTarget) => string;

/** Lines for the top of the citation list; empty when the view has no title, caption or notes. */
export function curationCitationText(curation: Curation, nameOf: NameOf): string {
  const lines: string[] = [];
  if (curation.title !== '') lines.push(`View: ${curation.title}`);
  if (curation.caption !== '') lines.push(curation.caption.replace(/\n/g, ' '));
  if (curation.notes.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push('Notes in this view');
    for (const note of curation.notes) lines.push(`- ${note.text.replace(/\n/g, ' ')} (${nameOf(note.target)})`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n`;
}

/** Above this many characters, the share menu says a link may be cut and offers the view file. */
export const LINK_SOFT_LIMIT = 2000;
