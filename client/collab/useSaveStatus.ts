import { useEffect, useState } from 'react';
import type { SaveStatus, SaveTracker } from './saveTracker';

export function useSaveStatus(saves: SaveTracker): SaveStatus {
  const [status, setStatus] = useState(saves.current);
  useEffect(() => {
    setStatus(saves.current);
    return saves.subscribe(setStatus);
  }, [saves]);
  return status;
}
