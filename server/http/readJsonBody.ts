import type { Context } from 'hono';

/** Marks a request body that is not JSON. */
export const INVALID_JSON = Symbol('invalid json');

/** The parsed JSON body; undefined when there is none (if allowed), INVALID_JSON when it does not parse. */
export async function readJsonBody(c: Context, options: { optional?: boolean } = {}): Promise<unknown> {
  if (options.optional) {
    const text = await c.req.text();
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return INVALID_JSON;
    }
  }
  try {
    return await c.req.json<unknown>();
  } catch {
    return INVALID_JSON;
  }
}
