import { useEffect } from 'react';

/** Asks before the tab closes or reloads while the server lacks some of what was typed in it. */
export function useUnsavedGuard(unsynced: boolean): void {
  useEffect(() => {
    if (!unsynced) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set; the text itself is never shown.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsynced]);
}
