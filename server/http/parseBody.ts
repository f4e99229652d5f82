import type { Context } from 'hono';
import type { z } from 'zod';
import { Refusal } from '../adjustment/refusal';
import { INVALID_JSON, readJsonBody } from './readJsonBody';
import { zodMessage } from './zodMessage';

/** The JSON body validated by `schema`; throws a 400 Refusal naming what is wrong. */
export async function parseBody<T extends z.ZodType>(c: Context, schema: T, options: { optional?: boolean } = {}): Promise<z.infer<T>> {
  const json = await readJsonBody(c, options);
  if (json === INVALID_JSON) throw new Refusal(400, 'bad_request', 'The request body must be JSON');
  const parsed = schema.safeParse(json ?? {});
  if (!parsed.success) throw new Refusal(400, 'bad_request', zodMessage(parsed.error));
  return parsed.data;
}
