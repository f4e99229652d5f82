import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { parse as parseCookies } from 'hono/utils/cookie';
import type { WebSocketServer } from 'ws';
import { CLOSE_FORBIDDEN, CLOSE_NOT_FOUND, CLOSE_UNAUTHORIZED, CLOSE_VERSION, type CloseEvent } from '../../shared/collab/closeCodes';
import { PROTOCOL_VERSION_PARAM } from '../../shared/collab/protocolVersion';
import { COLLAB_PATH } from '../../shared/collab/constants';
import { SAVED_ACKS_PARAM } from '../../shared/collab/savedMessage';
import type { Role } from '../../shared/roles';
import type { Authorization, Authorizer } from '../auth/authorizer';
import type { PeopleResolver } from '../people/peopleResolver';
import { addressKey } from '../http/addressKey';
import { forwardedAddress } from '../http/clientAddress';
import type { OriginPolicy } from '../http/originPolicy';
import type { Logger } from '../logger';
import { OWN_VERSION, versionProblem, type ClientVersions } from './clientVersions';
import type { RoomManager } from './roomManager';

const CLOSE_BY_STATUS: Record<401 | 403 | 404, CloseEvent> = {
  401: CLOSE_UNAUTHORIZED,
  403: CLOSE_FORBIDDEN,
  404: CLOSE_NOT_FOUND,
};

/**
 * Handles HTTP upgrades to /collab/<meetingId>. A refused socket is still
 * accepted and then closed with a 4xxx code and reason, because a browser
 * sees nothing of an HTTP error on a failed handshake.
 */
export function createUpgradeHandler(deps: {
  wss: WebSocketServer;
  rooms: RoomManager;
  authorizer: Authorizer;
  people: PeopleResolver;
  origins: OriginPolicy;
  /** Reverse proxies in front of the server that append to X-Forwarded-For (see TRUST_PROXY_HOPS). */
  trustProxyHops: number;
  log: Logger;
  /** Protocol versions of the pages served (CLIENT_VERSIONS); a page of another version is closed with 4426 before it writes. */
  clientVersions?: ClientVersions;
  /** Told of every socket refused for its credential or origin (the meeting's audit log records it). */
  onRefused?: (meetingId: string, close: CloseEvent) => void;
}) {
  const { wss, rooms, authorizer, people, origins, trustProxyHops, log } = deps;
  return (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const prefix = `${COLLAB_PATH}/`;
    if (!url.pathname.startsWith(prefix)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const meetingId = safeDecode(url.pathname.slice(prefix.length));
    const ticket = url.searchParams.get('ticket') ?? undefined;
    const cookies = ticket ? undefined : parseCookies(request.headers.cookie ?? '');
    const verdict = decide();
    wss.handleUpgrade(request, socket, head, (ws) => {
      if ('close' in verdict) {
        log.info('socket refused', { meetingId, code: verdict.close.code, reason: verdict.close.reason });
        // An outdated page is no refused credential: it is told to reload, not written in the audit log.
        if (meetingId && verdict.close.code !== CLOSE_NOT_FOUND.code && verdict.close.code !== CLOSE_VERSION.code) deps.onRefused?.(meetingId, verdict.close);
        ws.close(verdict.close.code, verdict.close.reason);
        return;
      }
      wss.emit('connection', ws, request);
      const forwardedFor = request.headers['x-forwarded-for'];
      const address = forwardedAddress(request.socket.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor, trustProxyHops);
      const connection = rooms.attach(ws, verdict.meetingId, verdict.role, addressKey(address), verdict.inviteId);
      connection.session = verdict.authorization.session ?? null;
      connection.wantsSavedAcks = url.searchParams.get(SAVED_ACKS_PARAM) === '1';
      // Resolved once the room is open, from its live document: a lookup before would load the stored document
      // a second time. Same tick as the join, so the socket's first presence is already stamped with it.
      // The sign-in cookie rides along even when a ticket opens the socket: it still says who the person is.
      connection.personName = people.callerOf(verdict.meetingId, verdict.authorization, parseCookies(request.headers.cookie ?? '')).person?.name ?? null;
    });

    function decide(): { meetingId: string; role: Role; inviteId: string | null; authorization: Extract<Authorization, { ok: true }> } | { close: CloseEvent } {
      if (!meetingId || meetingId.includes('/')) return { close: CLOSE_NOT_FOUND };
      // Before the credential: an old tab must be told to reload, whatever else has changed since it loaded.
      const outdated = versionProblem(url.searchParams.get(PROTOCOL_VERSION_PARAM), deps.clientVersions ?? OWN_VERSION);
      if (outdated) return { close: { code: CLOSE_VERSION.code, reason: `${CLOSE_VERSION.reason}: ${outdated}`.slice(0, 120) } };
      // Cookies ride along on any page's socket; only our own pages may use them.
      if (!ticket && !origins.allows(request.headers.origin, request.headers.host)) {
        return { close: { code: CLOSE_FORBIDDEN.code, reason: 'forbidden: origin not allowed' } };
      }
      const authorization = authorizer.authorize(meetingId, { ticket, cookies });
      if (authorization.ok) return { meetingId, role: authorization.role, inviteId: authorization.person?.inviteId ?? null, authorization };
      const close = CLOSE_BY_STATUS[authorization.status];
      // A close reason may hold at most 123 bytes.
      return { close: { code: close.code, reason: `${close.reason}: ${authorization.message}`.slice(0, 120) } };
    }
  };
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
