import type { IncomingMessage } from 'node:http';

/** "203.0.113.7:51234" → "203.0.113.7"; "[2001:db8::1]:443" → "2001:db8::1"; anything else as it is. */
function withoutPort(address: string): string {
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (v4) return v4[1]!;
  const v6 = /^\[([0-9a-fA-F:.]+)\](?::\d+)?$/.exec(address);
  return v6 ? v6[1]! : address;
}

/**
 * The address of the client behind `trustedHops` reverse proxies, for rate limiting. Each trusted proxy appends the
 * address it was connected from to X-Forwarded-For, so the client is the entry `trustedHops` from the end; anything
 * before that was written by the client and is ignored. With no trusted proxies (or too short a header) it is the
 * socket's own address, which nobody can forge.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socketAddress = req.socket?.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const entry = entries[entries.length - trustedHops];
  return entry ? withoutPort(entry) : socketAddress;
}
