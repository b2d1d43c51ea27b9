// What the About panel needs to know about a dataset beyond its info: whether it carries OpenSanctions data,
// whose licence (CC BY-NC 4.0) asks for a credit line wherever the data is shown.

const OPENSANCTIONS = /opensanctions/i;

/** The credit OpenSanctions' licence asks for wherever its data is shown (About panel, exports). */
export const OPENSANCTIONS_CREDIT =
  'Contains data from OpenSanctions (opensanctions.org), licensed under Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0): non-commercial use, with credit to OpenSanctions.';

/**
 * True when the data names OpenSanctions as where it comes from: a source's address, title or publisher,
 * or the dataset's own title or description (FtM files imported from OpenSanctions carry its addresses).
 */
export function carriesOpenSanctions(dataset: {
  info: { title: string; description?: string | undefined };
  sources: readonly { title: string; publisher: string; url?: string | undefined; kind: string }[];
}): boolean {
  if (OPENSANCTIONS.test(`${dataset.info.title} ${dataset.info.description ?? ''}`)) return true;
  // An imported file's source carries its address (on OpenSanctions' own hosts) and file name; the bundled
  // data cites OpenSanctions only as a reference for its identifiers, linked to its source repository on
  // GitHub, which is not carrying its data.
  return dataset.sources.some(
    (s) =>
      onOpenSanctionsHost(s.url) ||
      (s.title.startsWith('Imported from') && OPENSANCTIONS.test(s.title)) ||
      (s.kind !== 'reference' && OPENSANCTIONS.test(`${s.title} ${s.publisher}`)),
  );
}

/** Whether an address is on opensanctions.org or one of its subdomains (data., api.), not merely naming it. */
function onOpenSanctionsHost(url: string | undefined): boolean {
  if (url === undefined || !URL.canParse(url)) return false;
  const host = new URL(url).hostname.toLowerCase();
  return host === 'opensanctions.org' || host.endsWith('.opensanctions.org');
}

/** Every credit line the data asks for: its own, and OpenSanctions' where it carries OpenSanctions data. */
export function datasetCredits(dataset: Parameters<typeof carriesOpenSanctions>[0] & {
  info: { credits?: readonly string[] | undefined };
}): string[] {
  const credits = [...(dataset.info.credits ?? [])];
  if (carriesOpenSanctions(dataset) && !credits.includes(OPENSANCTIONS_CREDIT)) credits.push(OPENSANCTIONS_CREDIT);
  return credits;
}
