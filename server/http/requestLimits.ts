import { bodyLimit } from 'hono/body-limit';
import { apiError } from './apiError';

/** Bodies of the JSON routes are small; a larger one is refused before it is read. */
export const limitJsonBody = () =>
  bodyLimit({ maxSize: 64 * 1024, onError: (c) => apiError(c, 413, 'payload_too_large', 'The request body may be at most 64 KiB') });
