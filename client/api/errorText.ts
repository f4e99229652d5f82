import { EDGE_ERROR_CODES, type EdgeErrorCode } from '../../shared/api/types';
import type { Translate } from '../i18n/I18nContext';
import { toApiError } from './toApiError';

const isEdgeErrorCode = (code: string): code is EdgeErrorCode => (EDGE_ERROR_CODES as readonly string[]).includes(code);

/** What to tell the user about a failed call: a refusal or an edge error in their language, else the server's own message. */
export function errorText(t: Translate, failure: unknown): string {
  const error = toApiError(failure);
  if (error.reason) return t(`refusal.${error.reason}`);
  if (isEdgeErrorCode(error.code)) return t(`apiError.${error.code}`);
  return error.message;
}
