/**
 * The headers the site needs in production, served by `npm run preview` too. Everything ships with
 * the build, so every source is 'self'. Any page may frame the map (it is made to be embedded): the
 * policy sets no `frame-ancestors`, because `frame-ancestors *` refuses a host with an opaque origin
 * (a page in a sandboxed iframe, a `data:` page). Access-Control-Allow-Origin: * lets the map run inside
 * an iframe sandboxed without allow-same-origin, whose requests come from the origin "null": the site is
 * public, static and sends no credentials, so this shares nothing a plain request would not get.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export const contentSecurityPolicy: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Access-Control-Allow-Origin': '*',
};
