import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type {
  CreateMeetingResponse,
  MeetingListResponse,
  MeetingSummary,
  TicketResponse,
} from '../../../shared/api/types';
import { MEETING_KINDS } from '../../../shared/meetingKind';
import { ROLES, type Role } from '../../../shared/roles';
import type { Authorizer } from '../../auth/authorizer';
import type { CredentialStore } from '../../auth/credentialStore';
import type { TicketSigner } from '../../auth/tickets';
import type { MeetingRow, MeetingStore } from '../../meetings/meetingStore';
import { apiError } from '../apiError';
import { requestCredentials } from '../requestCredentials';
import { startSession } from '../sessionCookie';

const shortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const createMeetingSchema = z.strictObject({
  title: shortText(200),
  kind: z.enum(MEETING_KINDS, { error: `must be one of ${MEETING_KINDS.join(', ')}` }),
  body: shortText(200).optional(),
  startsAt: z.union([z.iso.datetime({ local: true, offset: true }), z.iso.date()], { error: 'must be an ISO date or date-time' }).optional(),
  place: shortText(200).optional(),
  firstParagraph: z.number().int('must be a whole number').min(1).max(1_000_000).optional(),
});

const SESSION_COOKIE = /^pk_([A-Za-z0-9_-]+)$/;

export interface MeetingsRoutesDeps {
  meetings: MeetingStore;
  credentials: CredentialStore;
  authorizer: Authorizer;
  tickets: TicketSigner;
  publicUrl: string | undefined;
}

export function meetingsRoutes(deps: MeetingsRoutesDeps) {
  const { meetings, credentials, authorizer, tickets } = deps;
  const app = new Hono();

  app.post(
    '/',
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => apiError(c, 413, 'payload_too_large', 'The request body may be at most 64 KiB') }),
    async (c) => {
      const json = await readJson(c);
      if (json === INVALID_JSON) return apiError(c, 400, 'bad_request', 'The request body must be JSON');
      const parsed = createMeetingSchema.safeParse(json);
      if (!parsed.success) {
        const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
        return apiError(c, 400, 'bad_request', message);
      }
      const { id, tokens } = meetings.create(parsed.data);
      // The creator is the secretary: their browser lands in the meeting without pasting a link.
      startSession(c, credentials, { meetingId: id, role: 'secretary' });
      const base = deps.publicUrl ?? new URL(c.req.url).origin;
      const invites = Object.fromEntries(
        ROLES.map((role) => [role, { token: tokens[role], url: new URL(`/join/${tokens[role]}`, base).toString() }]),
      ) as CreateMeetingResponse['invites'];
      const body: CreateMeetingResponse = { id, invites };
      return c.json(body, 201);
    },
  );

  app.get('/', (c) => {
    const { bearer, cookies = {} } = requestCredentials(c);
    const grants = new Map<string, Role>();
    for (const [name, secret] of Object.entries(cookies)) {
      const meetingId = SESSION_COOKIE.exec(name)?.[1];
      const role = meetingId ? credentials.findSession(meetingId, secret) : null;
      if (meetingId && role) grants.set(meetingId, role);
    }
    const invite = bearer ? credentials.findInvite(bearer) : null;
    if (invite) grants.set(invite.meetingId, invite.role);
    const body: MeetingListResponse = {
      meetings: meetings.findMany([...grants.keys()]).map((row) => summary(row, grants.get(row.id) ?? 'viewer')),
    };
    return c.json(body);
  });

  app.get('/:id', (c) => {
    const authorization = authorizer.authorize(c.req.param('id'), requestCredentials(c));
    if (!authorization.ok) return apiError(c, authorization.status, authorization.code, authorization.message);
    const row = meetings.find(c.req.param('id'));
    if (!row) return apiError(c, 404, 'not_found', `No meeting with id ${c.req.param('id')}`);
    return c.json(summary(row, authorization.role));
  });

  app.post('/:id/ticket', (c) => {
    const meetingId = c.req.param('id');
    const authorization = authorizer.authorize(meetingId, requestCredentials(c));
    if (!authorization.ok) return apiError(c, authorization.status, authorization.code, authorization.message);
    const { ticket, expiresAt } = tickets.issue(meetingId, authorization.role);
    const body: TicketResponse = { ticket, role: authorization.role, expiresAt: new Date(expiresAt).toISOString() };
    return c.json(body);
  });

  return app;
}

const INVALID_JSON = Symbol('invalid json');

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return INVALID_JSON;
  }
}

function summary(row: MeetingRow, role: Role): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    body: row.body,
    startsAt: row.startsAt,
    place: row.place,
    firstParagraph: row.firstParagraph,
    state: row.state,
    createdAt: row.createdAt.toISOString(),
    role,
  };
}
