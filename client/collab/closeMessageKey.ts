import {
  CLOSE_FORBIDDEN,
  CLOSE_LOCKED,
  CLOSE_MALFORMED,
  CLOSE_NOT_FOUND,
  CLOSE_TOO_LARGE,
  CLOSE_UNAUTHORIZED,
  CLOSE_VERSION,
} from '../../shared/collab/closeCodes';
import type { MessageKey } from '../i18n/messageKey';

const KEYS: Record<number, MessageKey> = {
  [CLOSE_UNAUTHORIZED.code]: 'closed.unauthorized',
  [CLOSE_FORBIDDEN.code]: 'closed.forbidden',
  [CLOSE_NOT_FOUND.code]: 'closed.notFound',
  [CLOSE_LOCKED.code]: 'closed.locked',
  [CLOSE_MALFORMED.code]: 'closed.malformed',
  [CLOSE_TOO_LARGE.code]: 'closed.tooLarge',
  [CLOSE_VERSION.code]: 'closed.newVersion',
};

/** What to tell the user after the server closed the socket for good; the reason tells a withdrawn invitation from a session that ran out. */
export function closeMessageKey(code: number, reason = ''): MessageKey {
  if (code === CLOSE_UNAUTHORIZED.code && reason.includes('withdrawn')) return 'closed.withdrawn';
  // Reopening the link would not help: the links of a meeting adjusted more than 30 days ago are over.
  if (code === CLOSE_UNAUTHORIZED.code && reason.includes('adjusted more than 30 days ago')) return 'closed.linksExpired';
  return KEYS[code] ?? 'closed.other';
}
