import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import type { Config } from '../config';
import { EXPORT_FILES } from '../export/exportFormats';
import { errorFields, type Logger } from '../logger';
import { Refusal } from '../adjustment/refusal';
import type { RefusalAudit } from '../adjustment/refusalAudit';
import { apiError } from './apiError';
import { clientAddress } from './clientAddress';
import { originCheck } from './originCheck';
import { OriginPolicy } from './originPolicy';
import { rateLimit } from './rateLimit';
import { refusalAuditMiddleware } from './refusalAuditMiddleware';
import { securityHeaders } from './securityHeaders';
import { bodiesRoutes, type BodiesRoutesDeps } from './routes/bodiesRoutes';
import { eventsRoute } from './routes/eventsRoute';
import { exportRoutes, type ExportRoutesDeps } from './routes/exportRoutes';
import { joinRoute } from './routes/joinRoute';
import { meetingsRoutes, type MeetingsRoutesDeps } from './routes/meetingsRoutes';
import type { AttendeeService } from '../attendees/attendeeService';
import { attendeesRoutes } from './routes/attendeesRoutes';
import { invitesRoutes, type InvitesRoutesDeps } from './routes/invitesRoutes';
import { remarksRoutes } from './routes/remarksRoutes';
import { reviewRoutes, type ReviewRoutesDeps } from './routes/reviewRoutes';
import { historyRoutes } from './routes/historyRoutes';
import type { HistoryService } from '../history/historyService';
import { verifyRoute } from './routes/verifyRoute';
import { authRoutes } from './routes/authRoutes';
import { meRoute } from './routes/meRoute';
import { signedInJoinRoute } from './routes/signedInJoinRoute';
import type { SignIn } from '../auth/oidc/signIn';
import type { AttendeeEmailStore } from '../attendees/attendeeEmailStore';
import type { MeetingEventBus } from '../events/meetingEventBus';
import type { RemarkService } from '../adjustment/remarkService';

export interface AppDeps extends MeetingsRoutesDeps, InvitesRoutesDeps, BodiesRoutesDeps, ReviewRoutesDeps, Pick<ExportRoutesDeps, 'exportSource' | 'onExport' | 'sealed'> {
  /** Where refused credentials and actions are written (the meeting's audit log). */
  refusals: RefusalAudit;
  attendees: AttendeeService;
  remarks: RemarkService;
  history: HistoryService;
  events: MeetingEventBus;
  clientDir: string;
  log: Logger;
  /** Sign-in with the organisation's account; absent when OIDC is not configured. */
  signIn?: SignIn | undefined;
  /** Attendees' addresses, to list a signed-in person's meetings. */
  attendeeEmails: AttendeeEmailStore;
  /** The edge's policy: which origins may use the cookie, whose address a request is from, the rate limits. */
  edge: Pick<
    Config,
    'ALLOWED_ORIGINS' | 'TRUST_PROXY_HOPS' | 'RATE_LIMIT_MEETINGS_PER_MIN' | 'RATE_LIMIT_TICKETS_PER_MIN' | 'RATE_LIMIT_VERIFY_PER_MIN' | 'RATE_LIMIT_EXPORTS_PER_MIN'
  >;
}

/** How long a read waits for a meeting's updates still being checked; past it, it answers with what is stored. */
const SETTLE_WAIT_MS = 10_000;

/** The HTTP side: the API, invite links and the built client with SPA fallback. */
export function createApp(deps: AppDeps) {
  const app = new Hono();

  app.onError((error, c) => {
    // A refused workflow step is an answer, not a failure.
    if (error instanceof Refusal) return apiError(c, error.status, error.code, error.message, error.reason);
    deps.log.error('request failed', { method: c.req.method, path: c.req.path, ...errorFields(error) });
    return apiError(c, 500, 'internal', 'Something went wrong on the server; nothing was changed');
  });

  app.use(securityHeaders({ publicUrl: deps.publicUrl }));
  // Outside the origin check, so a foreign page's refused attempt is written down too.
  const refusalLog = refusalAuditMiddleware(deps.refusals);
  app.use('/api/meetings/:id', refusalLog);
  app.use('/api/meetings/:id/*', refusalLog);
  app.use('/api/*', originCheck(new OriginPolicy(deps.edge.ALLOWED_ORIGINS, deps.publicUrl)));
  // Another site must not sign a browser out either (the sign-in cookie is a pk_ cookie like the sessions).
  app.use('/auth/logout', originCheck(new OriginPolicy(deps.edge.ALLOWED_ORIGINS, deps.publicUrl)));

  // By path, before the routes, so a refused request is answered before its body is read.
  const { edge } = deps;
  const addressOf = (c: Context) => clientAddress(c, edge.TRUST_PROXY_HOPS);
  const creating = rateLimit('new meetings', edge.RATE_LIMIT_MEETINGS_PER_MIN, addressOf);
  app.post('/api/meetings', creating);
  app.post('/api/meetings/:id/next', creating);
  app.post('/api/meetings/:id/ticket', rateLimit('tickets', edge.RATE_LIMIT_TICKETS_PER_MIN, addressOf));
  const verifying = rateLimit('verifications', edge.RATE_LIMIT_VERIFY_PER_MIN, addressOf);
  app.post('/api/verify', verifying);
  app.get('/api/meetings/:id/verify', verifying);
  const exporting = rateLimit('exports', edge.RATE_LIMIT_EXPORTS_PER_MIN, addressOf);
  for (const file of Object.keys(EXPORT_FILES)) app.get(`/api/meetings/:id/${file}`, exporting);

  app.get('/api/health', (c) => c.json({ ok: true }));
  // A large update is checked off the event loop before it is stored; what was sent before a read is in its answer.
  const settled = (meetingId: string) => deps.rooms.settled(meetingId, SETTLE_WAIT_MS);
  app.route('/api/meetings', meetingsRoutes({ ...deps, settled }));
  app.route('/api/bodies', bodiesRoutes(deps));
  app.route('/api/meetings', reviewRoutes(deps));
  app.route('/api/meetings', remarksRoutes(deps));
  app.route('/api/meetings', historyRoutes({ ...deps, settled }));
  app.route('/api/meetings', attendeesRoutes(deps));
  app.route('/api/meetings', invitesRoutes(deps));
  app.route('/api/meetings', eventsRoute({ ...deps, stateOf: (meetingId) => deps.adjustment.stateOf(meetingId) }));
  app.route('/api/verify', verifyRoute(deps));
  app.route('/api/meetings', exportRoutes({ ...deps, settled }));
  app.route('/api/me', meRoute(deps));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}`));
  app.route('/join/signed-in', signedInJoinRoute(deps));
  app.route('/join', joinRoute(deps.credentials, deps.publicUrl));
  app.route('/auth', authRoutes({ signIn: deps.signIn, log: deps.log.child('signin') }));

  app.use('/*', serveStatic({ root: deps.clientDir }));
  const indexFile = path.join(deps.clientDir, 'index.html');
  app.get('*', (c) => {
    if (!fs.existsSync(indexFile)) {
      return c.text('The client is not built: run `npm run build` (npm start does it for you).', 503);
    }
    return c.html(fs.readFileSync(indexFile, 'utf8'));
  });
  return app;
}
