import type { MessageKey } from '../i18n/messageKey';
import type { ConnectionState } from './connectionState';
import type { SaveStatus } from './saveTracker';

/** What the badge says of this tab's writing: `saved` only when the server confirmed holding all of it. */
export type SavedFlag = 'saved' | 'saving' | 'unsaved' | 'unknown';

export interface BadgeView {
  label: MessageKey;
  hint: MessageKey;
  params?: Record<string, number>;
  saved: SavedFlag;
}

/**
 * The badge beside the presence bar: the connection, and what of this tab's
 * writing the server holds. It never says "Sparat" while anything typed
 * here is unconfirmed; offline it says where the unconfirmed edits are (on
 * this device, or only in this tab when there is no local copy).
 */
export function badgeView(connection: ConnectionState, save: SaveStatus, localCopyAvailable: boolean): BadgeView {
  const connectionView = (saved: SavedFlag): BadgeView => ({ label: `connection.${connection}`, hint: `connection.${connection}.hint`, saved });
  if (connection === 'closed') return connectionView(save.unsynced ? 'unsaved' : 'unknown');
  if (connection === 'connected') {
    if (save.unsynced) return { label: 'save.saving', hint: 'save.saving.hint', saved: 'saving' };
    if (save.confirmed) return { label: 'save.saved', hint: 'save.saved.hint', saved: 'saved' };
    return connectionView('unknown');
  }
  if (!save.unsynced) return connectionView('unknown');
  if (!localCopyAvailable) return { label: 'save.offlineInTab', hint: 'save.offlineInTab.hint', saved: 'unsaved' };
  const count = Math.max(1, save.pendingEdits);
  return {
    label: count === 1 ? 'save.offlineOnDevice.one' : 'save.offlineOnDevice.other',
    hint: 'save.offlineOnDevice.hint',
    params: { count },
    saved: 'unsaved',
  };
}
