// The addresses the share menu hands out: the link to a view, the read-only embed of it, and the way back
// from an embed to the full explorer. Pure: they take the page address and the view, and touch no DOM.
import { encodeViewState } from '../../core/view/codec.ts';
import type { ViewState } from '../../core/view/viewState.ts';
import { EMBED_PARAM } from '../../state/address.ts';

/** The link that reopens `view` in the full explorer: the page address, without `embed`, with the view as its hash. */
export function viewLink(pageHref: string, view: ViewState): string {
  const url = new URL(pageHref);
  url.searchParams.delete(EMBED_PARAM);
  url.hash = encodeViewState(view);
  return url.toString();
}

/**
 * The address of the read-only embed of `view`. The camera is left out: an embed fits the view to the
 * frame it is given, whatever its size; dragged positions, selection, filters and date are kept.
 */
export function embedLink(pageHref: string, view: ViewState): string {
  const url = new URL(pageHref);
  url.searchParams.set(EMBED_PARAM, '1');
  url.hash = encodeViewState({ ...view, camera: null });
  return url.toString();
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML to paste into a page: an iframe showing the embed of `view`. */
export function embedSnippet(
  pageHref: string,
  view: ViewState,
  title: string,
  size = { width: 800, height: 500 },
): string {
  return (
    `<iframe src="${escapeAttribute(embedLink(pageHref, view))}" title="${escapeAttribute(title)}" ` +
    `width="${size.width}" height="${size.height}" style="border:0" loading="lazy"></iframe>`
  );
}

/** A file name from dataset text: lower-case letters, digits and dashes only. */
export function fileStem(text: string): string {
  const stem = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem === '' ? 'sanctions-explorer' : stem;
}
