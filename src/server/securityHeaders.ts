import type { Response } from 'restify';

/** Headers for every response: no MIME sniffing, no framing by other sites, no referrer leaks. */
export function setBaseHeaders(res: Response): void {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('X-Frame-Options', 'DENY');
}

/**
 * The web chat page's Content-Security-Policy: scripts only from this server; connections to this server
 * and, in production, to Azure's Direct Line. Web Chat injects its styles at run time, hence 'unsafe-inline'
 * for styles only.
 */
export function pageCsp(directLineOrigins: string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${directLineOrigins.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
