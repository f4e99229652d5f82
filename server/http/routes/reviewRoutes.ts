import { Hono } from 'hono';
import { z } from 'zod';
import { may } from '../../../shared/adjustment/permissions';
import type { AuditResponse, VerifyMeetingResponse } from '../../../shared/adjustment/types';
import type { AdjustmentService } from '../../adjustment/adjustmentService';
import type { AdjustmentStore } from '../../adjustment/adjustmentStore';
import type { AuditLog } from '../../adjustment/auditLog';
import { ensureAllowed } from '../../adjustment/refusal';
import type { Authorizer } from '../../auth/authorizer';
import { actorOf } from '../../people/actorOf';
import type { PeopleResolver } from '../../people/peopleResolver';
import { authorName } from '../../people/authorName';
import { authorizeCaller } from '../authorizeCaller';
import { authorizeRequest } from '../authorizeRequest';
import { parseBody } from '../parseBody';
import { limitJsonBody } from '../requestLimits';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const authorSchema = z.strictObject({ author: text(100).optional() });
const approveSchema = z.strictObject({ name: text(200).optional(), stateVector: z.string().max(1_000_000) });
const declineSchema = z.strictObject({ name: text(200).optional(), reason: text(4000) });
const correctionSchema = z.strictObject({ author: text(100).optional(), what: text(4000), why: text(4000) });

export interface ReviewRoutesDeps {
  authorizer: Authorizer;
  people: PeopleResolver;
  adjustment: AdjustmentService;
  adjustmentStore: AdjustmentStore;
  audit: AuditLog;
}

/** The adjustment workflow over REST: review, approvals, the lock, corrections, audit, verification. */
export function reviewRoutes(deps: ReviewRoutesDeps) {
  const { authorizer, people, adjustment, adjustmentStore, audit } = deps;
  const app = new Hono();

  app.get('/:id/review', (c) => {
    authorizeRequest(c, authorizer, c.req.param('id'));
    return c.json(adjustment.status(c.req.param('id')));
  });

  app.post('/:id/review', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    const { author } = await parseBody(c, authorSchema, { optional: true });
    return c.json(adjustment.sendForReview(meetingId, actorOf(caller, author)));
  });

  app.post('/:id/withdraw', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    const { author } = await parseBody(c, authorSchema, { optional: true });
    return c.json(adjustment.withdraw(meetingId, actorOf(caller, author)));
  });

  app.post('/:id/approve', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    return c.json(adjustment.approve(meetingId, caller, await parseBody(c, approveSchema)).status);
  });

  /** The wire contract's name for the approval that locks: 200 with the lock, or 202 while others must still approve. */
  app.post('/:id/adjust', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    const { status, adjusted } = adjustment.approve(meetingId, caller, await parseBody(c, approveSchema));
    if (adjusted) return c.json(adjusted);
    return c.json({ waitingFor: status.required.filter((a) => a.approval === null).map((a) => a.name), status }, 202);
  });

  app.post('/:id/decline', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    return c.json(adjustment.decline(meetingId, caller, await parseBody(c, declineSchema)));
  });

  app.post('/:id/corrections', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    const body = await parseBody(c, correctionSchema);
    return c.json(adjustment.correct(meetingId, { role: caller.role, name: authorName(caller, body.author) }, body), 201);
  });

  app.get('/:id/audit', (c) => {
    const meetingId = c.req.param('id');
    const role = authorizeRequest(c, authorizer, meetingId);
    ensureAllowed(role, adjustment.stateOf(meetingId), 'readAudit');
    const body: AuditResponse = { entries: audit.list(meetingId) };
    return c.json(body);
  });

  app.get('/:id/verify', (c) => {
    const meetingId = c.req.param('id');
    const role = authorizeRequest(c, authorizer, meetingId);
    const state = adjustment.stateOf(meetingId);
    // Verification is a read anyone with access may do, like an export.
    if (!may(role, state, 'export')) ensureAllowed(role, state, 'export');
    const body: VerifyMeetingResponse = { meetingId, state, adjustment: adjustmentStore.adjustment(meetingId) };
    return c.json(body);
  });

  return app;
}
