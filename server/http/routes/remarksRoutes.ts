import { Hono } from 'hono';
import { z } from 'zod';
import type { RemarkListResponse } from '../../../shared/adjustment/types';
import type { RemarkService } from '../../adjustment/remarkService';
import { Refusal } from '../../adjustment/refusal';
import type { Authorizer } from '../../auth/authorizer';
import type { PeopleResolver } from '../../people/peopleResolver';
import { authorizeCaller } from '../authorizeCaller';
import { authorizeRequest } from '../authorizeRequest';
import { parseBody } from '../parseBody';
import { limitJsonBody } from '../requestLimits';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const base64 = z.string().min(1).max(4096).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64');
const newRemarkSchema = z.strictObject({
  author: text(100).optional(),
  text: text(4000),
  anchor: z.strictObject({ start: base64, end: base64, quote: z.string().max(2000) }).optional(),
  parentId: z.number().int().positive().optional(),
});
const resolveSchema = z.strictObject({ author: text(100).optional(), resolved: z.boolean() });

/** Remarks (comments) on a meeting's protocol; live for everyone through the meeting's event stream. */
export function remarksRoutes(deps: { authorizer: Authorizer; people: PeopleResolver; remarks: RemarkService }) {
  const { authorizer, people, remarks } = deps;
  const app = new Hono();

  app.get('/:id/remarks', (c) => {
    authorizeRequest(c, authorizer, c.req.param('id'));
    const body: RemarkListResponse = { remarks: remarks.list(c.req.param('id')) };
    return c.json(body);
  });

  app.post('/:id/remarks', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    const body = await parseBody(c, newRemarkSchema);
    return c.json(remarks.add(meetingId, caller, body), 201);
  });

  app.post('/:id/remarks/:remarkId/resolve', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    const remarkId = Number(c.req.param('remarkId'));
    if (!Number.isSafeInteger(remarkId) || remarkId <= 0) throw new Refusal(400, 'bad_request', 'remarkId must be a positive whole number');
    const body = await parseBody(c, resolveSchema);
    return c.json(remarks.resolve(meetingId, caller, body.author, remarkId, body.resolved));
  });

  return app;
}
