import path from 'node:path';
import { z } from 'zod';
import { canonicalTimeZone } from '../shared/time/canonicalTimeZone';
import { DEFAULT_TIME_ZONE } from '../shared/time/defaultTimeZone';
import { OWN_VERSION } from './collab/clientVersions';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be 0 (any free port) to 65535')
  .max(65535, 'must be 0 (any free port) to 65535');

const positiveInt = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be > 0');

/** Requests per minute and client address; 0 switches the limit off. */
const perMinute = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (no limit) or more');

/** Every variable the server reads, with its default and why it exists. */
const envSchema = z.object({
  /** TCP port; 0 picks a free one (tests, benchmarks). */
  PORT: port.default(3000),
  /** Interface to bind; 127.0.0.1 keeps a default install private. */
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  /** Folder of the SQLite file protokoll.db; created on start. */
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  /** Comma-separated origins whose pages may open a cookie-authenticated socket, besides the server's own. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0),
    )
    .pipe(z.array(z.url({ error: 'must be a comma-separated list of origins like https://protokoll.example.se' }))),
  /** Base of invite URLs when the server sits behind a proxy; else taken from the request. */
  PUBLIC_URL: z.url({ error: 'must be an absolute URL' }).optional(),
  /** A room snapshots its update log after this many updates ... */
  COMPACT_AFTER_UPDATES: positiveInt.default(500),
  /** ... or after this many milliseconds without an update. */
  COMPACT_AFTER_QUIET_MS: positiveInt.default(10_000),
  /** The history records a checkpoint after this many updates since the last, so rebuilding any point replays at most this many. */
  HISTORY_CHECKPOINT_EVERY: positiveInt.default(500),
  /**
   * Largest WebSocket frame accepted, in bytes; a larger one closes the
   * socket with 1009. A protocol's whole document is far smaller; a reconnect
   * after a long offline session sends its edits in one frame.
   */
  MAX_MESSAGE_BYTES: positiveInt.default(1024 * 1024),
  /** Largest stored document (snapshot plus update log) a client may grow a meeting to; beyond it updates close with 4413. */
  MAX_DOCUMENT_BYTES: positiveInt.default(16 * 1024 * 1024),
  /**
   * What one WebSocket may send, on average (two seconds of it at once): a
   * socket past its budget is read no further until it has refilled, so a
   * flooding client slows only itself. A person typing sends about 20 a second.
   */
  SOCKET_MESSAGES_PER_SEC: positiveInt.default(200),
  SOCKET_BYTES_PER_SEC: positiveInt.default(256 * 1024),
  /** ... and in milliseconds of the event loop its messages took (two seconds of it at once, so one update at the apply budget fits). */
  SOCKET_BUSY_MS_PER_SEC: positiveInt.default(100),
  /**
   * ... and all sockets of one client address together (an IPv6 /64; behind
   * TRUST_PROXY_HOPS proxies, the forwarded address): one client may open
   * many sockets, each with its own budget. Everyone behind one NAT shares it
   * (a keystroke takes about a millisecond).
   */
  ADDRESS_BUSY_MS_PER_SEC: positiveInt.default(400),
  /**
   * Updates larger than this many bytes are checked in a worker thread, on a
   * copy of the meeting's document, before the room takes them; a keystroke
   * or a pasted paragraph is checked inline, faster than the round trip.
   */
  UPDATE_VET_ABOVE_BYTES: positiveInt.default(16 * 1024),
  /** A checked update that takes Yjs longer than this many milliseconds to apply is refused with 4413 (the room would stall as long). */
  UPDATE_APPLY_BUDGET_MS: positiveInt.default(150),
  /** A check not done in this many milliseconds refuses its update (4413) and replaces the worker. */
  UPDATE_VET_TIMEOUT_MS: positiveInt.default(3000),
  /**
   * Bytes the server may hold queued for one socket that does not read them;
   * past it the socket is dropped (its client reconnects and resyncs). Above
   * MAX_DOCUMENT_BYTES, since a join is sent the whole document at once.
   */
  MAX_SOCKET_BUFFER_BYTES: positiveInt.default(32 * 1024 * 1024),
  /** A connection whose request headers have not all arrived after this many milliseconds is answered 408 and closed. */
  HEADERS_TIMEOUT_MS: positiveInt.default(10_000),
  /** ... and one whose whole request (headers and body) has not, after this many; an upload to /api/verify must fit in it. */
  REQUEST_TIMEOUT_MS: positiveInt.default(120_000),
  /** Open TCP connections (HTTP, keep-alive, WebSocket, event streams) from one client address; more are answered 503. */
  MAX_CONNECTIONS_PER_IP: positiveInt.default(100),
  /** Open TCP connections in total; more are answered 503. Keep it below the process's file limit (ulimit -n). */
  MAX_CONNECTIONS: positiveInt.default(2000),
  /**
   * Reverse proxies in front of the server that append to X-Forwarded-For; the
   * client address is the entry that many from the right. 0: the socket's
   * address, and X-Forwarded-For is ignored (a client could write anything in it).
   */
  TRUST_PROXY_HOPS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').default(0),
  /**
   * Protocol versions of pages this server serves, "min-max" or one number
   * (default: the version it was built with, shared/collab/protocolVersion.ts).
   * A tab of another version (left open across a deploy) is told to reload
   * before it writes; widen it for a deploy whose change older pages can live with.
   */
  CLIENT_VERSIONS: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === '') return OWN_VERSION;
      const match = /^\s*(\d{1,6})\s*(?:-\s*(\d{1,6})\s*)?$/.exec(value);
      const min = Number(match?.[1]);
      const max = Number(match?.[2] ?? match?.[1]);
      if (!match || min < 1 || max < min) {
        context.addIssue({ code: 'custom', message: 'must be a version like 2, or a range like 1-2 (low to high, from 1)' });
        return z.NEVER;
      }
      return { min, max };
    }),
  /** Meetings created (POST /api/meetings and /api/meetings/:id/next) per minute and client address. */
  RATE_LIMIT_MEETINGS_PER_MIN: perMinute.default(20),
  /** WebSocket tickets issued (POST /api/meetings/:id/ticket) per minute and client address. */
  RATE_LIMIT_TICKETS_PER_MIN: perMinute.default(120),
  /** Verifications (POST /api/verify, GET /api/meetings/:id/verify) per minute and client address. */
  RATE_LIMIT_VERIFY_PER_MIN: perMinute.default(60),
  /** Exports (every GET /api/meetings/:id/export.*, notice.pdf, action-items.csv, next-meeting.ics) per minute and client address. */
  RATE_LIMIT_EXPORTS_PER_MIN: perMinute.default(30),
  /**
   * IANA zone the installation's meetings are held in: meeting times are kept
   * as wall time there, an instant sent over REST is converted to it, and the
   * exports and calendar files are written in it.
   */
  TIME_ZONE: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .transform((name, context) => {
      const zone = canonicalTimeZone(name.trim());
      if (zone === null) context.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Stockholm' });
      return zone ?? z.NEVER;
    }),
  /**
   * The organisation's seal (PKCS#12) that signs the adjusted PDF, and its
   * password; without them a self-signed test seal is made at first start and
   * kept in the data dir (labelled as a test seal: not for the archive).
   */
  SEAL_P12_FILE: z.string().optional(),
  SEAL_P12_PASSWORD: z.string().optional(),
  /** The organisation's OpenID Provider (sign-in is optional: all three OIDC_ variables or none). */
  OIDC_ISSUER: z.url({ error: 'must be the issuer URL of an OpenID Provider, like https://login.kommun.se' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1, 'must not be empty').optional(),
  OIDC_CLIENT_SECRET: z.string().min(1, 'must not be empty').optional(),
  /** A meeting's browser session (opened by an invitation link) not used for this many minutes ends; an open socket uses it. */
  SESSION_IDLE_MINUTES: positiveInt.default(20160),
  /** How often open sockets are checked against the session, invitation and link expiry they were opened under. */
  CREDENTIAL_SWEEP_MS: positiveInt.default(5000),
  /** A sign-in not used for this many minutes ends (it ends after 30 days in any case). */
  SIGN_IN_IDLE_MINUTES: positiveInt.default(480),
  /** Approvals need a signed-in person whose verified e-mail is the approver's; needs OIDC. */
  APPROVAL_REQUIRES_SIGN_IN: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
});

export type Config = Omit<z.infer<typeof envSchema>, 'DATA_DIR'> & { DATA_DIR: string; DB_FILE: string };

/** A configuration value that failed validation, named so the operator can fix it. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message} (got ${JSON.stringify(readPath(env, issue.path))})`),
    );
  }
  if (result.data.HEADERS_TIMEOUT_MS > result.data.REQUEST_TIMEOUT_MS) {
    throw new ConfigError([
      `HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS (got ${result.data.HEADERS_TIMEOUT_MS} and ${result.data.REQUEST_TIMEOUT_MS})`,
    ]);
  }
  const signInIssues = signInConfigIssues(result.data);
  if (signInIssues.length > 0) throw new ConfigError(signInIssues);
  const dataDir = path.resolve(result.data.DATA_DIR);
  return { ...result.data, DATA_DIR: dataDir, DB_FILE: path.join(dataDir, 'protokoll.db') };
}

function readPath(env: NodeJS.ProcessEnv, issuePath: PropertyKey[]): unknown {
  const key = issuePath[0];
  return typeof key === 'string' ? env[key] : undefined;
}

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Sign-in is all or nothing: a half-configured provider would only fail at the first login. */
function signInConfigIssues(config: z.infer<typeof envSchema>): string[] {
  const set = OIDC_VARIABLES.filter((name) => config[name] !== undefined);
  if (set.length === 0) {
    return config.APPROVAL_REQUIRES_SIGN_IN ? ['APPROVAL_REQUIRES_SIGN_IN: needs sign-in: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (got "true")'] : [];
  }
  const issues: string[] = [];
  const missing = OIDC_VARIABLES.filter((name) => config[name] === undefined);
  if (missing.length > 0) issues.push(`${missing.join(', ')}: must be set together with ${set.join(', ')} (sign-in needs all three)`);
  if (config.PUBLIC_URL === undefined) issues.push('PUBLIC_URL: must be set when OIDC_ISSUER is (the provider redirects to PUBLIC_URL/auth/callback)');
  const issuer = config.OIDC_ISSUER === undefined ? null : new URL(config.OIDC_ISSUER);
  // Tokens travel from the issuer: plain HTTP only to a provider on this machine (tests, development).
  if (issuer && issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname))) {
    issues.push(`OIDC_ISSUER: must be an https: URL (http: only on this machine) (got ${JSON.stringify(config.OIDC_ISSUER)})`);
  }
  return issues;
}
