import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

const ISSUER = 'https://api.botframework.com';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * Plays the Bot Framework's token service for tests: publishes OpenID metadata and a signing key on a
 * local port (set BotOpenIdMetadata to `metadataUrl`), and signs channel tokens with that key.
 */
export class TokenIssuer {
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly kid = 'kindred-test-key';
  private server: Server | null = null;
  metadataUrl = '';

  async start(endorsements: string[] = ['test', 'msteams', 'webchat', 'directline']): Promise<this> {
    const jwk = { ...this.keys.publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', alg: 'RS256', endorsements };
    this.server = createServer((req, res) => {
      const base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/metadata'))
        res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      else if (req.url?.startsWith('/keys')) res.end(JSON.stringify({ keys: [jwk] }));
      else res.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.metadataUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/metadata`;
    return this;
  }

  /** A channel token; override claims to make it wrong in one way. `signWith` signs with another key (a forgery). */
  token(claims: Record<string, unknown>, options: { signWith?: KeyObject; alg?: 'RS256' | 'none' } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url({ alg: options.alg ?? 'RS256', typ: 'JWT', kid: this.kid });
    const payload = base64url({ iss: ISSUER, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims });
    if (options.alg === 'none') return `${header}.${payload}.`;
    const signature = createSign('RSA-SHA256')
      .update(`${header}.${payload}`)
      .sign(options.signWith ?? this.keys.privateKey)
      .toString('base64url');
    return `${header}.${payload}.${signature}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
