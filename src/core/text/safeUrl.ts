// Addresses from data files, imported records and links are untrusted: only http(s) may become a link.
// Every place that turns an address into an href calls safeHttpUrl, so there is one rule to test.

/** The address, normalised, if it is an absolute http(s) URL; otherwise null (show it as text, never as a link). */
export function safeHttpUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** True when the address is an absolute https URL (what data:check asks of a source's address). */
export function isHttpsUrl(value: string): boolean {
  const safe = safeHttpUrl(value);
  return safe !== null && safe.startsWith('https:');
}
