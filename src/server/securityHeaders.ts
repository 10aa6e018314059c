import type { Response } from 'restify';

/** Headers for every response: no MIME sniffing, no framing by other sites, no referrer leaks. */
export function setBaseHeaders(res: Response): void {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('X-Frame-Options', 'DENY');
}

/**
 * The origins the page's Web Chat talks to for a production Direct Line: the token service's host over https
 * and wss (Azure's Direct Line streams over a WebSocket), so a regional DIRECT_LINE_TOKEN_URL brings its region.
 */
export function directLineOrigins(tokenUrl: string): string[] {
  const { protocol, host } = new URL(tokenUrl);
  return [`${protocol}//${host}`, `${protocol === 'http:' ? 'ws:' : 'wss:'}//${host}`];
}

/**
 * The web chat page's Content-Security-Policy: scripts only from this server, never inline; connections to this
 * server and, in production, to Direct Line; framing only by the websites in EMBED_ORIGINS. Web Chat injects its
 * styles at run time, hence 'unsafe-inline' for styles only.
 */
export function pageCsp(directLine: readonly string[], embedOrigins: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${directLine.join(' ')}`.trim(),
    `frame-ancestors ${embedOrigins.length > 0 ? embedOrigins.join(' ') : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Applies the page's framing rule. X-Frame-Options cannot name several sites, so where websites may embed the
 * page it is removed and frame-ancestors (in the CSP above) decides alone; otherwise DENY stays, as everywhere.
 */
export function allowFramingBy(res: Response, embedOrigins: readonly string[]): void {
  if (embedOrigins.length > 0) res.removeHeader('X-Frame-Options');
}
