import { otherSiteLabel } from '../../core/data/import/dataLink.ts';
import type { DataOrigin } from '../../state/loadedData.ts';
import { useData } from '../../state/store.ts';

/** The host of data opened from another site's address, or null (bundled data, a file, this site's own path). */
export function otherSiteHost(origin: DataOrigin, pageHref: string): string | null {
  if (origin.kind !== 'url') return null;
  try {
    const url = new URL(origin.url);
    return url.origin === new URL(pageHref).origin ? null : url.host;
  } catch {
    return null;
  }
}

/**
 * "Data from example.org, not verified by this site": in the header and atop every side panel, so that no one
 * reads data from a link as this site's own.
 */
export function DataOriginNote({ where }: { where: 'header' | 'panel' }) {
  const data = useData();
  const host = data ? otherSiteHost(data.origin, window.location.href) : null;
  if (host === null) return null;
  return (
    <p className={`data-origin-note data-origin-${where}`} data-origin-note={where} role="note">
      {otherSiteLabel(host)}
    </p>
  );
}
