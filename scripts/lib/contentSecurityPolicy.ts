// The Content-Security-Policy of the built site, as a <meta> tag added at build time only (the dev server's
// React refresh needs an inline script). What each directive allows, and why, is in docs/security.md.
import type { Plugin } from 'vite';

/**
 * connect-src: this site, and https (plus http on this machine, for local servers) because `?data=` may name
 * another site once the user has confirmed it in the app; a <meta> policy cannot change after the page loads.
 * frame-ancestors cannot be set in a <meta> tag: hosts send it as a header (README, "Hosting").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
