/**
 * The one Content-Security-Policy for the renderer, whichever door serves it. No remote origins,
 * no eval, no inline script; styles may be inline because React sets style attributes.
 * `connect-src 'self'` lets the browser shell reach its own API and nothing else.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
