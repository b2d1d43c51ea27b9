// `?data=` is a choice the user makes, not something a link makes for them: this decides, from the value and
// the page's own address, whether it opens at once (a path on this site), asks first (another site), or is
// refused (data:, blob:, javascript:, file: and every other scheme; addresses carrying a user name or password).

export type DataLinkDecision =
  | { kind: 'sameOrigin'; url: string }
  | { kind: 'otherOrigin'; url: string; origin: string; host: string }
  | { kind: 'refused'; message: string };

const MAX_DATA_LINK_LENGTH = 4096;

/** What to do with the value of `?data=` on a page at `pageHref`. */
export function judgeDataLink(value: string, pageHref: string): DataLinkDecision {
  const trimmed = value.trim();
  if (trimmed.length > MAX_DATA_LINK_LENGTH) {
    return { kind: 'refused', message: `The data address in this link is over ${MAX_DATA_LINK_LENGTH} characters long.` };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return {
      kind: 'refused',
      message: `This link asks to open data from a "${scheme}:" address, which this site does not open. Only web addresses (https) can be opened from a link; a file can be opened with Open data.`,
    };
  }
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageHref);
    url = new URL(trimmed, page);
  } catch {
    return { kind: 'refused', message: 'The data address in this link is not a valid web address.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'refused', message: `This link asks to open data from a "${url.protocol}" address, which this site does not open.` };
  }
  if (url.username !== '' || url.password !== '') {
    return { kind: 'refused', message: 'The data address in this link carries a user name or password; it is not opened.' };
  }
  if (url.origin === page.origin) return { kind: 'sameOrigin', url: url.href };
  return { kind: 'otherOrigin', url: url.href, origin: url.origin, host: url.host };
}

/** The label of data from another site, for the header, the panels' status line and the embed. */
export function otherSiteLabel(host: string): string {
  return `Data from ${host}, not verified by this site`;
}
