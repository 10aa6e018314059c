import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/** Channels (service URL × audience × bot) whose connector clients are kept; the oldest goes first. */
const MAX_CLIENTS = 256;

/**
 * Keeps the Bot Connector clients CloudAdapter asks for, per bot, service URL and audience. CloudAdapter
 * builds a new client, HTTP pipeline and all, on every turn, even when the replies go back in the response;
 * that was a fifth of a find-help turn's CPU. A client holds no conversation state and its credentials
 * refresh their own tokens, which is why the older BotFrameworkAdapter kept them too. Bounded, because a
 * service URL is whatever the (authenticated, or in local mode anonymous) caller sends.
 */
export class ConnectorClientCache {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  /** A factory that answers from the cache, creating through `inner` what is not there yet. */
  wrap(inner: ConnectorFactory, botKey: string): ConnectorFactory {
    return new CachedConnectorFactory(inner, botKey, (key, create) => this.get(key, create));
  }

  get size(): number {
    return this.clients.size;
  }

  private get(key: string, create: () => Promise<ConnectorClient>): Promise<ConnectorClient> {
    const known = this.clients.get(key);
    if (known) return known;
    const made = create();
    // A failed creation is not remembered: the next turn tries again.
    made.catch(() => this.clients.delete(key));
    if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value as string);
    this.clients.set(key, made);
    return made;
  }
}

/** Declared once: a class expression inside `wrap` was rebuilt on every turn, which cost more than the lookup. */
class CachedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly botKey: string,
    private readonly lookup: (key: string, create: () => Promise<ConnectorClient>) => Promise<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.lookup(`${this.botKey}\n${serviceUrl}\n${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}
