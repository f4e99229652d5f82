import * as client from 'openid-client';
import { errorFields, type Logger } from '../../logger';
import type { OidcSettings } from './oidcSettings';
import { SignInError } from './signInError';

/** A provider that does not answer discovery in this time counts as down: the person gets a 503 at once, not a hanging page. */
const DISCOVERY_TIMEOUT_SECONDS = 5;

/**
 * The provider's metadata, discovered at the first login rather than at
 * start: the provider may come up after us, and a server that cannot sign
 * people in should still serve every meeting link. A failed discovery is
 * not kept, so the next login tries again.
 */
export class ProviderConnection {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(
    private readonly settings: OidcSettings,
    private readonly log: Logger,
  ) {}

  /** The discovered configuration; throws SignInError 503 `oidc_unavailable` while the provider cannot be reached. */
  async get(): Promise<client.Configuration> {
    // One discovery at a time: a burst of logins while the provider is down makes one request, not one each.
    this.configuration ??= this.discover();
    const pending = this.configuration;
    try {
      return await pending;
    } catch (error) {
      if (this.configuration === pending) this.configuration = null;
      // The message says enough (refused, timed out, not a provider); a stack per login attempt while it is down would not.
      this.log.warn('OpenID Provider discovery failed', { issuer: this.settings.issuer.href, error: errorFields(error).error });
      throw new SignInError(503, 'oidc_unavailable', 'The sign-in service cannot be reached right now; try again in a while');
    }
  }

  private async discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    const configuration = await client.discovery(issuer, clientId, undefined, client.ClientSecretBasic(clientSecret), {
      // loadConfig allows http: only for an issuer on this machine.
      execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      timeout: DISCOVERY_TIMEOUT_SECONDS,
    });
    this.log.info('OpenID Provider discovered', { issuer: issuer.href });
    return configuration;
  }
}
