import type { saveSv } from './saveSv';

/** English strings of what is saved where; typed so a missing or extra key fails to compile. */
export const saveEn: Record<keyof typeof saveSv, string> = {
  'save.saved': 'Saved',
  'save.saved.hint': 'Everything you wrote is saved on the server and seen by everyone.',
  'save.saving': 'Saving…',
  'save.saving.hint': 'Your latest changes are being sent to the server.',
  'save.offlineOnDevice.one': 'Offline – 1 change saved on this device',
  'save.offlineOnDevice.other': 'Offline – {count} changes saved on this device',
  'save.offlineOnDevice.hint': 'The server cannot be reached. The changes stay in the browser even if the tab is closed, and are sent when the connection is back.',
  'save.offlineInTab': 'Offline – changes exist only in this tab',
  'save.offlineInTab.hint': 'The server cannot be reached and the browser cannot save locally. Do not close the tab until it says Saved.',
};
