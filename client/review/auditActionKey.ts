import { AUDIT_ACTIONS } from '../../shared/adjustment/types';
import type { MessageKey } from '../i18n/messageKey';

/** The label of an audit action; null for an action a newer server logs that this client does not know. */
export function auditActionKey(action: string): MessageKey | null {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? (`audit.action.${action}` as MessageKey) : null;
}
