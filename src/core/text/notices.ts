// The notices shown above the graph: what a link, a file or a load could not do. Their text often quotes what
// a link or file held, so it is cleaned; the same notice is shown once, and only the newest few stay.

/** The most notices on screen at once; older ones give way (they are all about past actions). */
export const MAX_NOTICES = 5;

export interface NoticeLike {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
}

/**
 * The list with `notice` added: an identical notice (same text and tone) already shown moves to the end instead
 * of appearing twice, and the list keeps the newest MAX_NOTICES.
 */
export function withNotice<N extends NoticeLike>(notices: readonly N[], notice: N): N[] {
  const others = notices.filter((n) => n.text !== notice.text || n.tone !== notice.tone);
  return [...others, notice].slice(-MAX_NOTICES);
}
