import type { Translate } from '../i18n/I18nContext';
import { toApiError } from './toApiError';

/** What to tell the user about a failed call: a refusal in their language, else the server's own message. */
export function errorText(t: Translate, failure: unknown): string {
  const error = toApiError(failure);
  return error.reason ? t(`refusal.${error.reason}`) : error.message;
}
