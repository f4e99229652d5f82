import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { VerifyResponse } from '../../../shared/adjustment/types';
import type { AdjustmentStore } from '../../adjustment/adjustmentStore';
import { Refusal } from '../../adjustment/refusal';
import { sha256Hex } from '../../adjustment/sha256Hex';
import type { MeetingStore } from '../../meetings/meetingStore';
import { apiError } from '../apiError';
import { parseBody } from '../parseBody';

const MAX_FILE_BYTES = 64 * 1024 * 1024;
const hashSchema = z.strictObject({ sha256: z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal characters') });

/**
 * POST /api/verify: is this an adjusted protocol? Takes `{sha256}` as JSON,
 * or the file itself (raw body or multipart field `file`): an export of an
 * adjusted protocol, or its final document bytes. Public on purpose: a
 * published protocol must be checkable by anyone who holds a copy.
 */
export function verifyRoute(deps: { adjustmentStore: AdjustmentStore; meetings: MeetingStore }) {
  const app = new Hono();
  app.post(
    '/',
    bodyLimit({ maxSize: MAX_FILE_BYTES, onError: (c) => apiError(c, 413, 'payload_too_large', 'The file may be at most 64 MiB') }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      let sha256: string;
      if (type.startsWith('application/json')) {
        sha256 = (await parseBody(c, hashSchema)).sha256;
      } else if (type.startsWith('multipart/form-data')) {
        const file = (await c.req.parseBody())['file'];
        if (!(file instanceof File)) throw new Refusal(400, 'bad_request', 'file: the form must carry the file to verify in the field "file"');
        sha256 = sha256Hex(new Uint8Array(await file.arrayBuffer()));
      } else {
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.length === 0) throw new Refusal(400, 'bad_request', 'Send {"sha256": "…"} as JSON, or the file to verify as the body');
        sha256 = sha256Hex(bytes);
      }
      const found = deps.adjustmentStore.findBySha256(sha256);
      const meeting = found ? deps.meetings.find(found.meetingId) : null;
      const body: VerifyResponse = {
        match: found !== null,
        matched: found?.matched ?? null,
        sha256,
        meetingId: found?.meetingId ?? null,
        title: meeting?.title ?? null,
        adjustment: found ? deps.adjustmentStore.adjustment(found.meetingId) : null,
      };
      return c.json(body);
    },
  );
  return app;
}
