import type { CloudAdapter } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Next } from 'restify';
import type { Config } from '../config';
import type { Kindred } from '../kindred';
import type { Logger } from '../log';
import { FailClosedAuthentication } from './botAuth';
import { LocalDirectLine } from './directLine';
import { directLineTokenHandler } from './directLineToken';
import { GracefulDrain, type DrainOutcome } from './drain';
import { messagesHandler } from './messages';
import { ChatPage, EmbedScript, pageLocale } from './page';
import { MessageRateLimit } from './rateLimit';
import { allowFramingBy, directLineOrigins, pageCsp, setBaseHeaders } from './securityHeaders';
import { TimedCloudAdapter } from './timedAdapter';
import { defaultPublicDir, loadStaticFiles } from './staticFiles';

export interface ServerDeps {
  config: Config;
  kindred: Kindred;
  log: Logger;
  version: string;
  /** Number of directory records, reported by /healthz. */
  directorySize: number;
  /** Status of each peer-support meeting feed (src/meetings), reported by /healthz; absent when none is configured. */
  meetingFeeds?: () => readonly object[];
  publicDir?: string;
  /** How long the Direct Line token exchange may take (tests shorten it). */
  directLineTokenTimeoutMs?: number;
}

export interface RunningServer {
  /** Base URL the server listens on, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  adapter: CloudAdapter;
  /**
   * Refuses new work, lets the turns in flight finish and deliver their replies (up to `drainMs`), closes
   * every connection and the listener, then resolves with how many requests had to be cut off.
   */
  close(drainMs?: number): Promise<DrainOutcome>;
}

/** Builds the restify app (bot protocol, web chat page, health) and starts listening. */
export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, kindred, log } = deps;
  const adapter = new TimedCloudAdapter(new FailClosedAuthentication(config, log), config.httpTimeoutMs);
  kindred.attach(adapter);

  const server = restify.createServer({ name: 'kindred', handleUncaughtExceptions: false });
  let selfUrl = '';
  const localDirectLine =
    config.mode === 'local' ? new LocalDirectLine({ selfUrl: () => selfUrl, maxBodyBytes: config.maxBodyBytes, log }) : null;

  const drain = new GracefulDrain(server.server, {
    partOfTurnInFlight: (req) => localDirectLine?.isRelay(req) ?? false,
  });
  server.pre((req: Request, res: Response, next: Next) => {
    setBaseHeaders(res);
    if (drain.refuses(req)) {
      res.header('Connection', 'close');
      res.header('Retry-After', '5');
      res.send(503, { error: 'Kindred is restarting; please try again in a moment.' });
      return next(false);
    }
    return next();
  });

  const rateLimit = new MessageRateLimit({
    conversationPerMinute: config.rateLimitConversationPerMinute,
    ipPerMinute: config.rateLimitIpPerMinute,
  });
  server.post(
    '/api/messages',
    messagesHandler({
      adapter,
      turn: (context) => kindred.runTurn(context),
      maxBodyBytes: config.maxBodyBytes,
      rateLimit,
      trustedProxyHops: config.trustedProxyHops,
      log,
    }),
  );
  server.post(
    '/api/directline/token',
    directLineTokenHandler({ config, local: localDirectLine, log, timeoutMs: deps.directLineTokenTimeoutMs }),
  );
  localDirectLine?.register(server);

  server.get('/healthz', (_req: Request, res: Response, next: Next) => {
    res.header('Cache-Control', 'no-store');
    res.send(200, {
      status: 'ok',
      version: deps.version,
      mode: config.mode,
      directoryRecords: deps.directorySize,
      ...(deps.meetingFeeds ? { meetingFeeds: deps.meetingFeeds() } : {}),
      uptimeSeconds: Math.round(process.uptime()),
    });
    next();
  });

  const publicDir = deps.publicDir ?? defaultPublicDir();
  const files = loadStaticFiles(publicDir);
  const page = new ChatPage(publicDir, config.defaultCountry);
  const embed = new EmbedScript(publicDir);
  const csp = pageCsp(config.mode === 'local' ? [] : directLineOrigins(config.directLineTokenUrl), config.embedOrigins);
  const servePage = (req: Request, res: Response, next: Next) => {
    const html = page.render(pageLocale(req.getQuery(), req.headers['accept-language'], config.defaultLocale));
    if (!html) {
      res.send(503, { error: 'The chat page is not built; run npm run build.' });
      return next();
    }
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.header('Cache-Control', 'no-store');
    res.header('Content-Security-Policy', csp);
    allowFramingBy(res, config.embedOrigins);
    res.writeHead(200);
    res.end(html);
    return next();
  };
  const serveFile = (req: Request, res: Response, next: Next) => {
    const path = req.path();
    const file = files.get(path);
    if (!file) {
      res.send(404, { error: 'Not found' });
      return next();
    }
    res.header('Content-Type', file.type);
    res.header('Cache-Control', 'public, max-age=3600');
    res.writeHead(200);
    res.end(file.body);
    return next();
  };
  const serveEmbed = (_req: Request, res: Response, next: Next) => {
    if (!embed.body) {
      res.send(404, { error: 'Not found' });
      return next();
    }
    res.header('Content-Type', 'text/javascript; charset=utf-8');
    res.header('Cache-Control', 'public, max-age=3600');
    res.writeHead(200);
    res.end(embed.body);
    return next();
  };
  server.get('/', servePage);
  server.get('/index.html', servePage);
  server.get('/embed.js', serveEmbed);
  // Templates are rendered above (the page, the embed script), never served raw.
  for (const path of files.keys()) if (!path.includes('.template.')) server.get(path, serveFile);

  server.on('restifyError', (_req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    log.warn({ event: 'http_error', status: err.statusCode ?? 500, err: err.name }, 'request failed');
    callback();
    void res;
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  selfUrl = `http://${host}:${address.port}`;

  return {
    url: selfUrl,
    port: address.port,
    adapter,
    close: (drainMs = config.shutdownDrainMs) => drain.drain(drainMs),
  };
}
