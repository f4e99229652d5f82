import type { MeResponse } from '../../shared/api/me';
import { requestJson } from './requestJson';

export function getMe(signal?: AbortSignal): Promise<MeResponse> {
  return requestJson<MeResponse>('/api/me', { signal });
}

/** Ends the sign-in of this browser; meeting sessions opened with links stay. */
export async function signOut(): Promise<void> {
  const response = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok && response.status !== 404) throw new Error(`sign-out failed: ${response.status}`);
}
