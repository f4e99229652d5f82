import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError';
import { requestJson } from './requestJson';

function fakeFetch(status: number, body: string, statusText = ''): typeof fetch {
  return () => Promise.resolve(new Response(body, { status, statusText }));
}

describe('requestJson', () => {
  it('returns the JSON of a 2xx answer', async () => {
    const result = await requestJson<{ ok: boolean }>('/api/health', { fetchImpl: fakeFetch(200, '{"ok":true}') });
    expect(result).toEqual({ ok: true });
  });

  it("surfaces the server's error code and message", async () => {
    const body = JSON.stringify({ error: { code: 'not_found', message: 'Mötet finns inte' } });
    const error = await requestJson('/api/meetings/x', { fetchImpl: fakeFetch(404, body) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'Mötet finns inte' });
  });

  it('falls back to the HTTP status when the body is not an API error', async () => {
    const error = await requestJson('/api/x', { fetchImpl: fakeFetch(401, 'nope', 'Unauthorized') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', message: 'Unauthorized' });
  });

  it('reports a network failure as code "network"', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await requestJson('/api/x', { fetchImpl: failing }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network', message: 'Failed to fetch' });
  });
});
