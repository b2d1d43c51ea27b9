// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectServerRequest } from '../../src/state/serverDetect.ts';

function page(url: string, meta?: string): { doc: Document; location: Location } {
  const doc = document.implementation.createHTMLDocument('x');
  if (meta !== undefined) {
    const tag = doc.createElement('meta');
    tag.setAttribute('name', 'explorer-api');
    tag.setAttribute('content', meta);
    doc.head.append(tag);
  }
  return { doc, location: new URL(url) as unknown as Location };
}

describe('detectServerRequest', () => {
  it('runs in server mode without asking when the page comes from the server', () => {
    const { doc, location } = page('http://127.0.0.1:8787/#v=1', './api');
    expect(detectServerRequest(doc, location)).toEqual({
      api: 'http://127.0.0.1:8787/api',
      confirm: false,
      hash: '#v=1',
    });
  });

  it('asks before using another server named by ?api=', () => {
    const { doc, location } = page('https://explorer.example/?api=https://data.example/api');
    expect(detectServerRequest(doc, location)).toMatchObject({ api: 'https://data.example/api', confirm: true });
  });

  it('ignores addresses that are not http(s), and pages without a server', () => {
    expect(
      detectServerRequest(
        ...(Object.values(page('https://x.example/?api=javascript:alert(1)')) as [Document, Location]),
      ),
    ).toBeNull();
    expect(detectServerRequest(...(Object.values(page('https://x.example/')) as [Document, Location]))).toBeNull();
  });
});
