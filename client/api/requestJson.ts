import { ApiError } from './ApiError';
import { parseApiError } from './parseApiError';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

/** Calls the same-origin API (the session cookie rides along) and returns its JSON. */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, fetchImpl = fetch } = options;
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw parseApiError(response.status, response.statusText, payload);
  return payload as T;
}
