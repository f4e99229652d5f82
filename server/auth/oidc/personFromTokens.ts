import * as client from 'openid-client';
import type { ProviderPerson } from './signInStore';

/** Who signed in: the ID token's claims, completed from the UserInfo endpoint where the provider keeps e-mail and name there. */
export async function personFromTokens(configuration: client.Configuration, tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers): Promise<ProviderPerson> {
  const idToken = tokens.claims();
  if (idToken === undefined) throw new Error('the token response has no ID token');
  // openid-client checks that UserInfo speaks of the ID token's subject.
  const userInfo: Record<string, unknown> | null =
    configuration.serverMetadata().userinfo_endpoint === undefined ? null : await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
  // The address and whether it is verified come from one source: a verified flag in one for an address in the other would vouch for the wrong one.
  const mailSource: Record<string, unknown> = userInfo !== null && textOf(userInfo.email) !== null ? userInfo : idToken;
  const email = textOf(mailSource.email);
  return {
    issuer: idToken.iss,
    subject: idToken.sub,
    email,
    // Some providers send "true" as a string; anything but a clear yes is no.
    emailVerified: email !== null && (mailSource.email_verified === true || mailSource.email_verified === 'true'),
    name: textOf(userInfo?.name) ?? textOf(idToken.name),
  };
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
