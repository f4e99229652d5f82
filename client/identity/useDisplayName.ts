import { useCallback, useState } from 'react';
import { loadDisplayName, normalizeName, saveDisplayName } from './displayNameStorage';

/** The name shown at this user's caret; '' until they have told us. */
export function useDisplayName(): [string, (name: string) => void] {
  const [name, setNameState] = useState(loadDisplayName);
  const setName = useCallback((raw: string) => {
    const name = normalizeName(raw);
    if (!name) return;
    saveDisplayName(name);
    setNameState(name);
  }, []);
  return [name, setName];
}
