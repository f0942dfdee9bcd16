/**
 * One Content-Security-Policy for Electron (header + meta tag) and the browser mode. Monaco injects
 * inline styles, hence style-src 'unsafe-inline'; its workers are same-origin module scripts or blobs.
 * No 'unsafe-eval' and no inline scripts: the renderer bundle must not need them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
