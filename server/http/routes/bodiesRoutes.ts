import { Hono } from 'hono';
import { z } from 'zod';
import type { BodyActionItemsResponse } from '../../../shared/api/types';
import { ACTION_STATUSES } from '../../../shared/protocol/types';
import type { Authorizer } from '../../auth/authorizer';
import type { CredentialStore } from '../../auth/credentialStore';
import type { BodyStore } from '../../meetings/bodyStore';
import type { MeetingStore } from '../../meetings/meetingStore';
import type { BodyActionItems } from '../../protocol/bodyActionItems';
import { apiError } from '../apiError';
import { requestGrants } from '../requestGrants';
import { zodMessage } from '../zodMessage';

const STATUS_FILTERS = [...ACTION_STATUSES, 'all'] as const;

const actionItemsQuery = z.strictObject({
  status: z.enum(STATUS_FILTERS, { error: `must be one of ${STATUS_FILTERS.join(', ')}` }).default('open'),
  assignee: z.string().trim().max(200, 'must be at most 200 characters').optional(),
});

export interface BodiesRoutesDeps {
  bodies: BodyStore;
  meetings: MeetingStore;
  authorizer: Authorizer;
  credentials: CredentialStore;
  actionItems: BodyActionItems;
}

/** /api/bodies: what spans the meetings of one body (series). */
export function bodiesRoutes(deps: BodiesRoutesDeps) {
  const { bodies, meetings, authorizer, credentials, actionItems } = deps;
  const app = new Hono();

  // Anyone holding a credential for one meeting of the body may read the body's action items.
  app.get('/:id/action-items', (c) => {
    const bodyId = c.req.param('id');
    if (!bodies.find(bodyId)) return apiError(c, 404, 'not_found', `No body with id ${bodyId}`);
    const { roles, invalidBearer } = requestGrants(c, authorizer, credentials);
    const member = meetings.findMany([...roles.keys()]).some((meeting) => meeting.bodyId === bodyId);
    if (!member) {
      if (invalidBearer) return apiError(c, 401, 'unauthorized', 'The bearer token is not valid');
      if (roles.size === 0) return apiError(c, 401, 'unauthorized', 'A credential for a meeting of this body is required');
      return apiError(c, 403, 'forbidden', 'Your credentials belong to meetings of another body');
    }
    const query = actionItemsQuery.safeParse(c.req.query());
    if (!query.success) return apiError(c, 400, 'bad_request', zodMessage(query.error));
    const body: BodyActionItemsResponse = { items: actionItems.list(bodyId, query.data) };
    return c.json(body);
  });

  return app;
}
