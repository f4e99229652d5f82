import { useEffect, useState } from 'react';
import type { MeResponse } from '../../shared/api/me';
import { getMe } from '../api/meApi';

/** Who this browser is signed in as, once known; null while loading or when the server cannot say (then no sign-in is offered). */
export function useMe(): MeResponse | null {
  const [me, setMe] = useState<MeResponse | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(setMe, () => undefined);
    return () => controller.abort();
  }, []);
  return me;
}
