import { describe, expect, it } from 'vitest';
import { badgeView } from './saveBadge';
import type { SaveStatus } from './saveTracker';

const saved: SaveStatus = { unsynced: false, pendingEdits: 0, confirmed: true };
const unsynced = (pendingEdits: number): SaveStatus => ({ unsynced: true, pendingEdits, confirmed: true });

describe('the connection badge', () => {
  it('says Sparat only when the server confirmed everything, and Sparar… while it has not', () => {
    expect(badgeView('connected', saved, true)).toMatchObject({ label: 'save.saved', saved: 'saved' });
    expect(badgeView('connected', unsynced(2), true)).toMatchObject({ label: 'save.saving', saved: 'saving' });
  });

  it('says Ansluten, not Sparat, before the server has confirmed anything', () => {
    expect(badgeView('connected', { unsynced: false, pendingEdits: 0, confirmed: false }, true)).toMatchObject({ label: 'connection.connected', saved: 'unknown' });
  });

  it('offline, says how many edits wait on this device, or that they are only in this tab', () => {
    expect(badgeView('offline', unsynced(3), true)).toEqual({ label: 'save.offlineOnDevice.other', hint: 'save.offlineOnDevice.hint', params: { count: 3 }, saved: 'unsaved' });
    expect(badgeView('reconnecting', unsynced(1), true)).toMatchObject({ label: 'save.offlineOnDevice.one', params: { count: 1 } });
    expect(badgeView('offline', unsynced(3), false)).toMatchObject({ label: 'save.offlineInTab', saved: 'unsaved' });
  });

  it('offline with nothing unconfirmed, says only that it is offline', () => {
    expect(badgeView('offline', saved, true)).toMatchObject({ label: 'connection.offline', saved: 'unknown' });
    expect(badgeView('reconnecting', saved, false)).toMatchObject({ label: 'connection.reconnecting' });
  });

  it('after the server ended the connection, says so, and never Sparat', () => {
    expect(badgeView('closed', unsynced(2), true)).toMatchObject({ label: 'connection.closed', saved: 'unsaved' });
    expect(badgeView('closed', saved, true)).toMatchObject({ label: 'connection.closed', saved: 'unknown' });
  });
});
