import { Hono } from 'hono';
import { z } from 'zod';
import type { RestoreRequest } from '../../../shared/api/history';
import { toWallTime } from '../../../shared/time/toWallTime';
import type { Authorizer } from '../../auth/authorizer';
import type { HistoryService } from '../../history/historyService';
import type { PeopleResolver } from '../../people/peopleResolver';
import { authorizeCaller } from '../authorizeCaller';
import { authorizeRequest } from '../authorizeRequest';
import { parseBody } from '../parseBody';
import { limitJsonBody } from '../requestLimits';

const id = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be > 0');
const restoreSchema = z.strictObject({ checkpointId: id, itemNumber: id.optional() });

export interface HistoryRoutesDeps {
  authorizer: Authorizer;
  people: PeopleResolver;
  history: HistoryService;
  timeZone: string;
  /** Waits until the updates the meeting's sockets already sent are taken or refused, so the history holds them. */
  settled?: (meetingId: string) => Promise<void>;
}

/** GET /api/meetings/:id/history, …/history/:checkpointId/protocol, POST …/restore. */
export function historyRoutes(deps: HistoryRoutesDeps) {
  const { authorizer, people, history, timeZone } = deps;
  const app = new Hono();

  app.get('/:id/history', async (c) => {
    const meetingId = c.req.param('id');
    const role = authorizeRequest(c, authorizer, meetingId);
    await deps.settled?.(meetingId);
    return c.json(history.list(meetingId, role));
  });

  app.get('/:id/history/compare', async (c) => {
    const meetingId = c.req.param('id');
    const role = authorizeRequest(c, authorizer, meetingId);
    await deps.settled?.(meetingId);
    const from = c.req.query('from');
    const to = c.req.query('to');
    return c.json(history.compare(meetingId, role, pointOf(from), to === undefined || to === '' ? null : pointOf(to)));
  });

  app.get('/:id/history/:checkpointId/protocol', async (c) => {
    const meetingId = c.req.param('id');
    const role = authorizeRequest(c, authorizer, meetingId);
    await deps.settled?.(meetingId);
    const raw = c.req.param('checkpointId');
    const protocol = history.protocolAt(meetingId, role, /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN);
    const { startsAt } = protocol.meeting;
    return c.json({ ...protocol, meeting: { ...protocol.meeting, startsAt: startsAt === null ? null : toWallTime(startsAt, timeZone) } });
  });

  app.post('/:id/restore', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    history.ensureMayRestore(meetingId, caller.role);
    const request: RestoreRequest = await parseBody(c, restoreSchema);
    await deps.settled?.(meetingId);
    return c.json(history.restore(meetingId, caller, request));
  });

  return app;
}

/** An update id from a query parameter; anything else is NaN, which the service refuses with 400. */
function pointOf(raw: string | undefined): number {
  return raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
}
