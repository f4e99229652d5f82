import type { Config } from '../../config';

/** What sign-in needs to know, from the validated configuration. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** `${PUBLIC_URL}/auth/callback`, registered at the provider. */
  redirectUri: URL;
  /** The cookie is Secure when the browser reaches us over HTTPS. */
  secureCookie: boolean;
  idleMs: number;
  absoluteMs: number;
}

/** A sign-in lasts at most this long however often it is used: the provider is asked again monthly. */
export const SIGN_IN_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;

/** The settings, or null when this installation has no sign-in (loadConfig allows only all or none). */
export function oidcSettingsOf(
  config: Pick<Config, 'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'PUBLIC_URL' | 'SIGN_IN_IDLE_MINUTES'>,
): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, PUBLIC_URL: publicUrl } = config;
  if (issuer === undefined || clientId === undefined || clientSecret === undefined || publicUrl === undefined) return null;
  const base = new URL(publicUrl);
  return {
    issuer: new URL(issuer),
    clientId,
    clientSecret,
    redirectUri: new URL(`${base.href.replace(/\/+$/, '')}/auth/callback`),
    secureCookie: base.protocol === 'https:',
    idleMs: config.SIGN_IN_IDLE_MINUTES * 60_000,
    absoluteMs: SIGN_IN_ABSOLUTE_MS,
  };
}
