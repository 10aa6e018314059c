import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Config } from '../config';
import type { Logger } from '../log';
import { ConnectorClientCache } from './connectorCache';

/**
 * Bot Framework authentication that fails closed: a request whose token cannot be verified for any reason
 * (forged, expired, wrong audience, or the signing keys unreachable) gets 401, never a 500. The adapter
 * maps AuthenticationError to 401, so every other failure is converted into one here, and logged.
 */
export class FailClosedAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly timeoutMs: number;

  constructor(
    config: Config,
    private readonly log: Logger,
  ) {
    super({
      MicrosoftAppId: config.microsoftAppId,
      MicrosoftAppPassword: config.microsoftAppPassword,
      MicrosoftAppType: config.microsoftAppType,
      MicrosoftAppTenantId: config.microsoftAppTenantId,
      // Sovereign or test clouds publish their signing keys elsewhere; the rest stays the public cloud's.
      ...(config.botOpenIdMetadataUrl
        ? {
            ValidateAuthority: true,
            ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
            ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
            ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
            OAuthUrl: AuthenticationConstants.OAuthUrl,
            ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
            CallerId: 'urn:botframework:azure',
          }
        : {}),
    });
    this.timeoutMs = config.httpTimeoutMs;
  }

  /** Connector clients are reused across turns (see connectorCache.ts). */
  readonly connectorClients = new ConnectorClientCache();

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.connectorClients.wrap(super.createConnectorFactory(claimsIdentity), factoryAppId(claimsIdentity));
  }

  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  /** One user token client per bot, reused: CloudAdapter asks for one on every turn (Kindred offers no sign-in). */
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const botKey = factoryAppId(claimsIdentity);
    let client = this.userTokenClients.get(botKey);
    if (!client) {
      client = super.createUserTokenClient(claimsIdentity);
      client.catch(() => this.userTokenClients.delete(botKey));
      // Keyed by the bot's own app id, which the token's audience already pins to this bot: a handful at most.
      if (this.userTokenClients.size >= 16) this.userTokenClients.clear();
      this.userTokenClients.set(botKey, client);
    }
    return client;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let timer: NodeJS.Timeout | undefined;
    try {
      // Fetching the signing keys is an outbound call too: a key service that hangs must not hang the request.
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })), this.timeoutMs);
      });
      const result = await Promise.race([super.authenticateRequest(activity, authHeader), late]);
      // The inbound path builds its own connector factory, not through createConnectorFactory: cache it too.
      if (!result.connectorFactory) return result;
      return { ...result, connectorFactory: this.connectorClients.wrap(result.connectorFactory, factoryAppId(result.claimsIdentity)) };
    } catch (err) {
      const reason = err instanceof AuthenticationError ? 'rejected' : 'unverifiable';
      this.log.warn(
        { event: 'auth_failed', reason, err: err instanceof Error ? err.name : typeof err, channelId: activity.channelId },
        'request not authenticated',
      );
      if (err instanceof AuthenticationError) throw err;
      throw new AuthenticationError('The request could not be authenticated', 401);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * The app id a connector factory acts as, the way botframework-connector picks it: the token's audience (this
 * bot, for a channel's request), else its appid claim (the Emulator's), else none (anonymous local mode).
 */
function factoryAppId(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}
