/**
 * Why signing in with the organisation's account failed, as a stable key
 * beside the English message of an error answer (`error.reason`), so a
 * client can say it in its own language.
 */
export const SIGN_IN_REASONS = [
  /** The login came back without the state this browser started it with: tampered, replayed or too old; start again. */
  'oidc_state_mismatch',
  /** The provider refused (the person cancelled, no access) or its answer did not check out. */
  'oidc_failed',
  /** The provider cannot be reached now; try again later. */
  'oidc_unavailable',
  /** This installation has no sign-in (no OIDC_ISSUER configured). */
  'oidc_not_configured',
] as const;
export type SignInReason = (typeof SIGN_IN_REASONS)[number];

/** Type guard for a reason read from an error answer. */
export function isSignInReason(value: unknown): value is SignInReason {
  return typeof value === 'string' && (SIGN_IN_REASONS as readonly string[]).includes(value);
}

/** The error answer of the /auth routes: the API's error shape, with a sign-in reason. */
export interface SignInErrorBody {
  error: { code: 'bad_request' | 'not_found' | 'internal'; message: string; reason: SignInReason };
}
