import { Hono } from 'hono';
import { z } from 'zod';
import type { AttendeeListResponse, PersonalInviteResponse } from '../../../shared/api/attendees';
import { ATTENDEE_ROLES, PRESENCES } from '../../../shared/protocol/types';
import type { AttendeeService } from '../../attendees/attendeeService';
import type { Authorizer } from '../../auth/authorizer';
import type { Caller } from '../../people/actingPerson';
import type { PeopleResolver } from '../../people/peopleResolver';
import { authorizeCaller } from '../authorizeCaller';
import { authorizeRequest } from '../authorizeRequest';
import { parseBody } from '../parseBody';
import { limitJsonBody } from '../requestLimits';

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const organization = z.string().trim().max(200, 'must be at most 200 characters');
const email = z.string().trim().toLowerCase().max(254, 'must be at most 254 characters').pipe(z.email('must be an e-mail address'));
const newAttendeeSchema = z.strictObject({
  name,
  organization: organization.optional(),
  role: z.enum(ATTENDEE_ROLES).optional(),
  presence: z.enum(PRESENCES).optional(),
  email: email.optional(),
});
const patchSchema = z
  .strictObject({
    name: name.optional(),
    organization: organization.optional(),
    role: z.enum(ATTENDEE_ROLES).optional(),
    presence: z.enum(PRESENCES).optional(),
    email: email.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'must change at least one field');

/** The attendee list for integrations (secretary only), written into the meeting's document through its room. */
export function attendeesRoutes(deps: { authorizer: Authorizer; people: PeopleResolver; attendees: AttendeeService; publicUrl: string | undefined }) {
  const { authorizer, people, attendees } = deps;
  const app = new Hono();
  /** Who a change is stored as in the history: the person when the server knows them, and the role. */
  const authorOf = (caller: Caller) => ({ name: caller.person?.name ?? null, role: caller.role });

  app.get('/:id/attendees', (c) => {
    const meetingId = c.req.param('id');
    const role = authorizeRequest(c, authorizer, meetingId);
    const body: AttendeeListResponse = { attendees: attendees.list(meetingId, role) };
    return c.json(body);
  });

  app.post('/:id/attendees', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    return c.json(attendees.add(meetingId, caller.role, await parseBody(c, newAttendeeSchema), authorOf(caller)), 201);
  });

  app.patch('/:id/attendees/:attendeeId', limitJsonBody(), async (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    return c.json(attendees.update(meetingId, caller.role, c.req.param('attendeeId'), await parseBody(c, patchSchema), authorOf(caller)));
  });

  app.delete('/:id/attendees/:attendeeId', (c) => {
    const meetingId = c.req.param('id');
    const caller = authorizeCaller(c, authorizer, people, meetingId);
    attendees.remove(meetingId, caller.role, c.req.param('attendeeId'), authorOf(caller));
    return c.body(null, 204);
  });

  /** A new personal link for one attendee (the one before is withdrawn); shown once, stored only as a hash. */
  app.post('/:id/attendees/:attendeeId/invite', (c) => {
    const meetingId = c.req.param('id');
    const attendeeId = c.req.param('attendeeId');
    const { token, role } = attendees.invite(meetingId, authorizeRequest(c, authorizer, meetingId), attendeeId);
    const base = deps.publicUrl ?? new URL(c.req.url).origin;
    const body: PersonalInviteResponse = { attendeeId, role, token, url: new URL(`/join/${token}`, base).toString() };
    return c.json(body);
  });

  app.delete('/:id/attendees/:attendeeId/invite', (c) => {
    const meetingId = c.req.param('id');
    attendees.revoke(meetingId, authorizeRequest(c, authorizer, meetingId), c.req.param('attendeeId'));
    return c.body(null, 204);
  });

  return app;
}
