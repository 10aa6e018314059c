import { expect } from 'chai';
import type { IncomingMessage } from 'node:http';
import { clientAddress } from '../../../src/server/clientAddress';

const request = (socket: string, forwardedFor?: string): IncomingMessage =>
  ({ socket: { remoteAddress: socket }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('clientAddress (whose chats the token rate limit counts)', () => {
  const cases: Array<[string, IncomingMessage, number, string]> = [
    ['the socket, with no trusted proxy', request('10.0.0.5', '198.51.100.7'), 0, '10.0.0.5'],
    ['the last entry behind one proxy (App Service adds ip:port)', request('10.0.0.5', '198.51.100.7:50123'), 1, '198.51.100.7'],
    ['not the entry a client made up in front of it', request('10.0.0.5', '1.2.3.4, 198.51.100.7:50123'), 1, '198.51.100.7'],
    ['the right entry behind two proxies', request('10.0.0.5', '1.2.3.4, 198.51.100.7, 10.1.1.1'), 2, '198.51.100.7'],
    ['an IPv6 client without its port', request('10.0.0.5', '[2001:db8::1]:443'), 1, '2001:db8::1'],
    ['the socket when the header is missing', request('10.0.0.5'), 1, '10.0.0.5'],
    ['the socket when the header is shorter than the proxy chain', request('10.0.0.5', '198.51.100.7'), 2, '10.0.0.5'],
  ];
  for (const [what, req, hops, expected] of cases) {
    it(`is ${what}`, () => expect(clientAddress(req, hops)).to.equal(expected));
  }
});
