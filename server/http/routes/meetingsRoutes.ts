import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { CreateMeetingResponse, MeetingListResponse, MeetingPerson, MeetingSummary, TicketResponse } from '../../../shared/api/types';
import { MEETING_KINDS } from '../../../shared/meetingKind';
import { defaultTemplate, TEMPLATE_NAMES, templateBody } from '../../../shared/protocol/templates';
import { ROLES, type Role } from '../../../shared/roles';
import { toWallTime } from '../../../shared/time/toWallTime';
import type { Authorizer } from '../../auth/authorizer';
import type { CredentialStore } from '../../auth/credentialStore';
import type { TicketSigner } from '../../auth/tickets';
import { OWN_VERSION, versionProblem, type ClientVersions } from '../../collab/clientVersions';
import { PROTOCOL_VERSION_HEADER } from '../../../shared/collab/protocolVersion';
import type { MeetingCreator } from '../../meetings/meetingCreator';
import type { MeetingRow, MeetingStore } from '../../meetings/meetingStore';
import { nextMeetingOf } from '../../meetings/nextMeetingOf';
import type { ActingPerson } from '../../people/actingPerson';
import type { PeopleResolver } from '../../people/peopleResolver';
import type { ProtocolReader } from '../../protocol/protocolReader';
import { apiError } from '../apiError';
import { INVALID_JSON, readJsonBody } from '../readJsonBody';
import { requestCredentials } from '../requestCredentials';
import { requestGrants } from '../requestGrants';
import { startSession } from '../sessionCookie';
import { zodMessage } from '../zodMessage';

const shortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const createMeetingSchema = z.strictObject({
  title: shortText(200),
  kind: z.enum(MEETING_KINDS, { error: `must be one of ${MEETING_KINDS.join(', ')}` }),
  body: shortText(200).optional(),
  startsAt: z.union([z.iso.datetime({ local: true, offset: true }), z.iso.date()], { error: 'must be an ISO date or date-time' }).optional(),
  place: shortText(200).optional(),
  firstParagraph: z.number().int('must be a whole number').min(1).max(1_000_000).optional(),
  template: z.enum(TEMPLATE_NAMES, { error: `must be one of ${TEMPLATE_NAMES.join(', ')}` }).optional(),
});

const nextMeetingSchema = z.strictObject({ title: shortText(200).optional() });

const limitBody = () =>
  bodyLimit({ maxSize: 64 * 1024, onError: (c) => apiError(c, 413, 'payload_too_large', 'The request body may be at most 64 KiB') });

export interface MeetingsRoutesDeps {
  /** Waits until the updates the meeting's sockets already sent are taken or refused (see RoomManager.settled). */
  settled?: (meetingId: string) => Promise<void>;
  meetings: MeetingStore;
  credentials: CredentialStore;
  authorizer: Authorizer;
  tickets: TicketSigner;
  creator: MeetingCreator;
  protocols: ProtocolReader;
  publicUrl: string | undefined;
  /** The installation's zone: a meeting time sent as an instant is stored as the wall time there. */
  timeZone: string;
  people: PeopleResolver;
  /** Protocol versions of pages served (CLIENT_VERSIONS); a ticket asked for by a page of another version is refused with 426. */
  clientVersions?: ClientVersions;
}

export function meetingsRoutes(deps: MeetingsRoutesDeps) {
  const { meetings, credentials, authorizer, tickets, creator, protocols, timeZone, people } = deps;
  const app = new Hono();

  /** 201 with the invites; the creator's browser becomes the secretary without pasting a link. */
  const created = (c: Context, id: string, tokens: Record<Role, string>) => {
    startSession(c, credentials, { meetingId: id, role: 'secretary' }, deps.publicUrl);
    const base = deps.publicUrl ?? new URL(c.req.url).origin;
    const invites = Object.fromEntries(
      ROLES.map((role) => [role, { token: tokens[role], url: new URL(`/join/${tokens[role]}`, base).toString() }]),
    ) as CreateMeetingResponse['invites'];
    const body: CreateMeetingResponse = { id, invites };
    return c.json(body, 201);
  };

  app.post('/', limitBody(), async (c) => {
    const json = await readJsonBody(c);
    if (json === INVALID_JSON) return apiError(c, 400, 'bad_request', 'The request body must be JSON');
    const parsed = createMeetingSchema.safeParse(json);
    if (!parsed.success) return apiError(c, 400, 'bad_request', zodMessage(parsed.error));
    const input = parsed.data;
    const firstParagraph = input.firstParagraph ?? 1;
    // Kept as the wall time the meeting is held at, as the secretary's picker writes it; every export prints these digits.
    const startsAt = input.startsAt === undefined ? null : toWallTime(input.startsAt, timeZone);
    const { id, tokens } = creator.create({
      title: input.title,
      kind: input.kind,
      body: input.body ? { name: input.body } : null,
      startsAt,
      place: input.place ?? null,
      firstParagraph,
      content: {
        body: templateBody(input.template ?? defaultTemplate(input.kind)),
        meta: {
          kind: input.kind,
          firstParagraph,
          ...(input.body ? { bodyName: input.body } : {}),
          ...(startsAt ? { startsAt } : {}),
          ...(input.place ? { place: input.place } : {}),
        },
      },
    });
    return created(c, id, tokens);
  });

  app.get('/', (c) => {
    const { roles } = requestGrants(c, authorizer, credentials);
    const body: MeetingListResponse = {
      meetings: meetings.findMany([...roles.keys()]).map((row) => summary(row, roles.get(row.id) ?? 'viewer', timeZone)),
    };
    return c.json(body);
  });

  app.get('/:id', (c) => {
    const presented = requestCredentials(c);
    const authorization = authorizer.authorize(c.req.param('id'), presented);
    if (!authorization.ok) return apiError(c, authorization.status, authorization.code, authorization.message, authorization.reason);
    const row = meetings.find(c.req.param('id'));
    if (!row) return apiError(c, 404, 'not_found', `No meeting with id ${c.req.param('id')}`);
    const { person } = people.callerOf(row.id, authorization, presented.cookies);
    const body: MeetingSummary = { ...summary(row, authorization.role, timeZone), person: person && meetingPersonOf(person) };
    return c.json(body);
  });

  app.get('/:id/protocol', async (c) => {
    const meetingId = c.req.param('id');
    const authorization = authorizer.authorize(meetingId, requestCredentials(c));
    if (!authorization.ok) return apiError(c, authorization.status, authorization.code, authorization.message, authorization.reason);
    await deps.settled?.(meetingId);
    const protocol = protocols.read(meetingId);
    if (!protocol) return apiError(c, 404, 'not_found', `No meeting with id ${meetingId}`);
    const { startsAt } = protocol.meeting;
    return c.json({ ...protocol, meeting: { ...protocol.meeting, startsAt: startsAt === null ? null : toWallTime(startsAt, timeZone) } });
  });

  app.post('/:id/next', limitBody(), async (c) => {
    const meetingId = c.req.param('id');
    const authorization = authorizer.authorize(meetingId, requestCredentials(c));
    if (!authorization.ok) return apiError(c, authorization.status, authorization.code, authorization.message, authorization.reason);
    if (authorization.role !== 'secretary') return apiError(c, 403, 'forbidden', 'Only the secretary creates the next meeting');
    const json = await readJsonBody(c, { optional: true });
    if (json === INVALID_JSON) return apiError(c, 400, 'bad_request', 'The request body must be JSON');
    const parsed = nextMeetingSchema.safeParse(json ?? {});
    if (!parsed.success) return apiError(c, 400, 'bad_request', zodMessage(parsed.error));
    const previous = meetings.find(meetingId);
    const protocol = protocols.read(meetingId);
    if (!previous || !protocol) return apiError(c, 404, 'not_found', `No meeting with id ${meetingId}`);
    const { id, tokens } = creator.create(nextMeetingOf(previous, protocol, parsed.data.title));
    return created(c, id, tokens);
  });

  app.post('/:id/ticket', (c) => {
    const meetingId = c.req.param('id');
    const outdated = versionProblem(c.req.header(PROTOCOL_VERSION_HEADER), deps.clientVersions ?? OWN_VERSION);
    if (outdated) return apiError(c, 426, 'version_unsupported', `This server does not serve this page: ${outdated}`);
    const authorization = authorizer.authorize(meetingId, requestCredentials(c));
    if (!authorization.ok) return apiError(c, authorization.status, authorization.code, authorization.message, authorization.reason);
    const { ticket, expiresAt } = tickets.issue(meetingId, authorization.role, Date.now(), { inviteId: authorization.person?.inviteId ?? null, session: authorization.session ?? null });
    const body: TicketResponse = { ticket, role: authorization.role, expiresAt: new Date(expiresAt).toISOString() };
    return c.json(body);
  });

  return app;
}

/** A meeting as the API shows it; a time stored as an instant before times were kept as wall time reads as one. */
function summary(row: MeetingRow, role: Role, timeZone: string): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    body: row.body,
    bodyId: row.bodyId,
    startsAt: row.startsAt === null ? null : toWallTime(row.startsAt, timeZone),
    timeZone,
    place: row.place,
    firstParagraph: row.firstParagraph,
    state: row.state,
    createdAt: row.createdAt.toISOString(),
    role,
  };
}

function meetingPersonOf(person: ActingPerson): MeetingPerson {
  return { attendeeId: person.attendeeId, name: person.name, organization: person.organization, verifiedBy: person.verification.method, email: person.verification.email };
}
