import type { SignInReason } from '../../../shared/api/signInReasons';

/** A login that could not be completed; the routes answer it as `{error: {code, message, reason}}`. */
export class SignInError extends Error {
  constructor(
    readonly status: 400 | 404 | 502 | 503,
    readonly reason: SignInReason,
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}
