import { Hono } from 'hono';
import type { RotatedInviteResponse } from '../../../shared/api/types';
import { isRole } from '../../../shared/roles';
import type { AuditLog } from '../../adjustment/auditLog';
import { Refusal } from '../../adjustment/refusal';
import { INVITE_WITHDRAWN, type Authorizer } from '../../auth/authorizer';
import type { CredentialStore } from '../../auth/credentialStore';
import type { RoomManager } from '../../collab/roomManager';
import { authorizeRequest } from '../authorizeRequest';

export interface InvitesRoutesDeps {
  authorizer: Authorizer;
  credentials: CredentialStore;
  rooms: RoomManager;
  audit: AuditLog;
  publicUrl: string | undefined;
}

/** Role links after the meeting was created: the secretary withdraws one and gets a new one in its place. */
export function invitesRoutes(deps: InvitesRoutesDeps) {
  const { authorizer, credentials, rooms, audit } = deps;
  const app = new Hono();

  /**
   * The old link, every session opened with it and every ticket issued
   * from them stop working at once, and the role's open sockets are closed
   * with 4401; whoever should keep the role opens the new link.
   */
  app.post('/:id/invites/:role/rotate', (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeRequest(c, authorizer, meetingId);
    if (caller !== 'secretary') throw new Refusal(403, 'forbidden', 'Only the secretary issues invitation links', 'secretary_only');
    const role = c.req.param('role');
    if (!isRole(role)) throw new Refusal(400, 'bad_request', `role must be one of secretary, chair, adjuster, participant, viewer; got "${role}"`);
    const token = credentials.rotateInvite(meetingId, role);
    const closedSockets = rooms.closeRole(meetingId, role, { code: 4401, reason: `unauthorized: ${INVITE_WITHDRAWN}` });
    audit.record({ meetingId, action: 'invite_rotated', role: 'secretary', actor: null, detail: { role, closedSockets } });
    const base = deps.publicUrl ?? new URL(c.req.url).origin;
    const body: RotatedInviteResponse = { role, token, url: new URL(`/join/${token}`, base).toString() };
    return c.json(body);
  });

  return app;
}
