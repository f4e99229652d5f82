import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { CLOSE_SERVER_RESTART, CLOSE_UNAUTHORIZED } from '../shared/collab/closeCodes';
import { AdjustmentService } from './adjustment/adjustmentService';
import { AdjustmentStore } from './adjustment/adjustmentStore';
import { AuditLog } from './adjustment/auditLog';
import { exportRecorder } from './adjustment/exportRecorder';
import { LockIntegrityCheck } from './adjustment/lockIntegrityCheck';
import { RemarkService } from './adjustment/remarkService';
import { RemarkStore } from './adjustment/remarkStore';
import { Authorizer } from './auth/authorizer';
import { CredentialStore } from './auth/credentialStore';
import { TicketSigner } from './auth/tickets';
import { startCredentialSweep } from './collab/credentialSweep';
import { RefusalAudit } from './adjustment/refusalAudit';
import { startHeartbeat } from './collab/heartbeat';
import { RoomManager } from './collab/roomManager';
import { UpdateVetter } from './collab/vetting/updateVetter';
import { AttendeeEmailStore } from './attendees/attendeeEmailStore';
import { PeopleResolver } from './people/peopleResolver';
import { loadSeal } from './seal/loadSeal';
import type { Seal } from './seal/seal';
import { sealedPdfOf } from './seal/sealedPdfOf';
import { SealedPdfStore } from './seal/sealedPdfStore';
import { SealedProtocolPdf } from './seal/sealedProtocolPdf';
import { sharedExportRenderer } from './export/exportRenderer';
import { AttendeeService } from './attendees/attendeeService';
import { createUpgradeHandler } from './collab/upgradeHandler';
import type { Config } from './config';
import { openDatabase } from './db/openDatabase';
import { createApp } from './http/app';
import { createSignIn, oidcSettingsOf, type SignIn } from './auth/oidc/signIn';
import { capConnections } from './http/capConnections';
import { OriginPolicy } from './http/originPolicy';
import { MeetingEventBus } from './events/meetingEventBus';
import { createLogger, errorFields } from './logger';
import { BodyStore } from './meetings/bodyStore';
import { MeetingCreator } from './meetings/meetingCreator';
import { MeetingStore } from './meetings/meetingStore';
import { DocumentStore } from './persistence/documentStore';
import { HistoryRecorder } from './history/historyRecorder';
import { HistoryRecordingStore } from './history/historyRecordingStore';
import { HistoryService } from './history/historyService';
import { HistoryStore } from './history/historyStore';
import { BodyActionItems } from './protocol/bodyActionItems';
import { ProtocolExportSource } from './export/protocolExportSource';
import { ProtocolReader } from './protocol/protocolReader';
import { ProtocolRowStore } from './protocol/protocolRowStore';
import { ProtocolSnapshotStore } from './protocol/protocolSnapshotStore';
import { protocolSchema } from '../shared/protocol/protocolSchema';
import { setInstallationTimeZone } from './time/installationTimeZone';

const DEFAULT_CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client');

export interface RunningServer {
  url: string;
  port: number;
  rooms: RoomManager;
  documents: DocumentStore;
  protocols: ProtocolReader;
  /** Sign-in with the organisation's account; undefined when OIDC is not configured. */
  signIn: SignIn | undefined;
  /** How many times open sockets have been checked against their credentials (for tests that wait for a sweep). */
  credentialSweeps: () => number;
  /** Flushes every room, closes sockets with 1012, stops listening, closes the database. */
  close(): Promise<void>;
}

/** Wires database, stores, rooms and the HTTP/WebSocket listener; resolves once listening. */
export async function createServer(config: Config, options: { clientDir?: string } = {}): Promise<RunningServer> {
  const log = createLogger(config.LOG_LEVEL);
  setInstallationTimeZone(config.TIME_ZONE);
  const database = openDatabase(config.DB_FILE, (message) => log.warn('WAL checkpoint failed', { error: message }));
  const credentials = new CredentialStore(database.db, config.SESSION_IDLE_MINUTES * 60_000);
  const meetings = new MeetingStore(database.db, credentials);
  const integrity = new LockIntegrityCheck(log.child('integrity'));
  const audit = new AuditLog(database.db);
  const documents = new DocumentStore(database.db, integrity, (meetingId, row) =>
    // The secretary sees it in the meeting's event log and in the banner that GET /review feeds.
    audit.record({ meetingId, action: 'quarantined', role: null, actor: null, detail: { source: row.source, id: row.id, reason: row.reason } }),
  );
  const bodies = new BodyStore(database.db);
  const protocolRows = new ProtocolRowStore(database.db);
  const tickets = new TicketSigner(credentials.ticketKey());
  const adjustmentStore = new AdjustmentStore(database.db, integrity);
  const authorizer = new Authorizer(meetings, credentials, tickets, (meetingId) => adjustmentStore.adjustedAt(meetingId));
  // Built now so the first snapshot does not pay for it (~30 ms).
  protocolSchema();
  const vetter = new UpdateVetter(
    { aboveBytes: config.UPDATE_VET_ABOVE_BYTES, applyBudgetMs: config.UPDATE_APPLY_BUDGET_MS, timeoutMs: config.UPDATE_VET_TIMEOUT_MS },
    log.child('vetting'),
  );
  const history = new HistoryStore(database.db);
  const historyRecorder = new HistoryRecorder(history, documents, config.HISTORY_CHECKPOINT_EVERY, log.child('history'));
  const rooms = new RoomManager(
    new HistoryRecordingStore(new ProtocolSnapshotStore(database.db, documents, protocolRows, meetings, log.child('snapshot')), historyRecorder, log.child('history')),
    {
      compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
      compactAfterQuietMs: config.COMPACT_AFTER_QUIET_MS,
      maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
      vetter,
    },
    log.child('collab'),
    {
      stateOf: (meetingId) => meetings.find(meetingId)?.state ?? 'draft',
      onJoin: (meetingId, role) => audit.record({ meetingId, action: 'joined', role, actor: null }),
    },
    {
      budget: {
        messagesPerSecond: config.SOCKET_MESSAGES_PER_SEC,
        bytesPerSecond: config.SOCKET_BYTES_PER_SEC,
        busyMsPerSecond: config.SOCKET_BUSY_MS_PER_SEC,
        burstSeconds: 2,
        maxMessageBytes: config.MAX_MESSAGE_BYTES,
      },
      addressBusyMsPerSecond: config.ADDRESS_BUSY_MS_PER_SEC,
      maxBufferedBytes: config.MAX_SOCKET_BUFFER_BYTES,
    },
  );
  const events = new MeetingEventBus();
  // A configured seal is opened now, so a wrong file or password stops the start; the test seal is made when first needed.
  const configuredSeal = config.SEAL_P12_FILE || config.SEAL_P12_PASSWORD ? loadSeal({ p12File: config.SEAL_P12_FILE, p12Password: config.SEAL_P12_PASSWORD, dataDir: config.DATA_DIR }) : null;
  let testSeal: Seal | null = null;
  const sealed = new SealedProtocolPdf(
    () => configuredSeal ?? (testSeal ??= loadSeal({ dataDir: config.DATA_DIR })),
    new SealedPdfStore(database.db),
    log.child('seal'),
    (meetingId, sha256) => adjustmentStore.recordExportHash(meetingId, 'pdf', sha256),
  );
  const adjustment = new AdjustmentService({
    db: database.db,
    meetings,
    store: adjustmentStore,
    audit,
    documents,
    rows: protocolRows,
    rooms,
    events,
    history: historyRecorder,
    approvalRequiresSignIn: config.APPROVAL_REQUIRES_SIGN_IN,
    // Sealed right after the lock, off the approver's request; a failure is logged and the first download tries again.
    onAdjusted: (meetingId) => {
      const document = exportSource.readDocument(meetingId);
      if (!document?.adjustment) return;
      const { adjustment: lock, corrections } = document;
      sealedPdfOf(sealed, meetingId, { adjustment: lock, corrections, renderPdf: () => sharedExportRenderer.renderDocument('pdf', document) }).catch((error: unknown) =>
        log.error('sealing the adjusted protocol failed', { meetingId, ...errorFields(error) }),
      );
    },
  });
  const remarks = new RemarkService({ db: database.db, remarks: new RemarkStore(database.db), audit, events, stateOf: (meetingId) => adjustment.stateOf(meetingId) });
  const protocols = new ProtocolReader(meetings, documents, rooms);
  const exportSource = new ProtocolExportSource(protocols, adjustmentStore);
  const emails = new AttendeeEmailStore(database.db);
  const oidc = oidcSettingsOf(config);
  const signIn = oidc ? createSignIn(oidc, database.db, log.child('signin')) : undefined;
  const people = new PeopleResolver({ rooms, documents, emails, signIn });
  const refusals = new RefusalAudit(audit, (meetingId) => meetings.exists(meetingId));
  const app = createApp({
    refusals,
    meetings,
    bodies,
    credentials,
    authorizer,
    tickets,
    creator: new MeetingCreator(database.db, meetings, bodies, documents, protocolRows, audit),
    protocols,
    adjustment,
    adjustmentStore,
    rooms,
    people,
    attendees: new AttendeeService({ meetings, rooms, emails, credentials, audit }),
    audit,
    remarks,
    history: new HistoryService({ meetings, documents, history, rooms }),
    events,
    actionItems: new BodyActionItems(meetings, protocolRows, protocols),
    exportSource,
    sealed,
    onExport: exportRecorder(database.db, audit, adjustmentStore),
    publicUrl: config.PUBLIC_URL,
    timeZone: config.TIME_ZONE,
    clientVersions: config.CLIENT_VERSIONS,
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    log: log.child('http'),
    signIn,
    attendeeEmails: emails,
    edge: config,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.MAX_MESSAGE_BYTES });
  const origins = new OriginPolicy(config.ALLOWED_ORIGINS, config.PUBLIC_URL);
  const stopHeartbeat = startHeartbeat(wss);
  const credentialSweep = startCredentialSweep(rooms, authorizer, log.child('collab'), config.CREDENTIAL_SWEEP_MS, (meetingId, message) =>
    refusals.record({ meetingId, what: 'socket', status: CLOSE_UNAUTHORIZED.code, reason: null, message }),
  );

  const httpServer = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: config.PORT,
        hostname: config.HOST,
        serverOptions: {
          headersTimeout: config.HEADERS_TIMEOUT_MS,
          requestTimeout: config.REQUEST_TIMEOUT_MS,
          // Node checks both timeouts only this often (30 s by default), so a half-sent request would outlive them.
          connectionsCheckingInterval: Math.min(1000, Math.ceil(config.HEADERS_TIMEOUT_MS / 4)),
        },
      },
      () => resolve(server),
    );
    server.once('error', reject);
    // Still in the tick that called listen: no connection can have been accepted yet.
    capConnections(server, { perAddress: config.MAX_CONNECTIONS_PER_IP, total: config.MAX_CONNECTIONS }, (address, reason) =>
      log.child('http').debug('connection refused', { address, reason }),
    );
  });
  httpServer.on('upgrade', createUpgradeHandler({
      wss,
      rooms,
      authorizer,
      people,
      origins,
      trustProxyHops: config.TRUST_PROXY_HOPS,
      clientVersions: config.CLIENT_VERSIONS,
      log: log.child('collab'),
      onRefused: (meetingId, close) => refusals.record({ meetingId, what: 'socket', status: close.code, reason: null, message: close.reason }),
    }));

  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      stopHeartbeat();
      credentialSweep.stop();
      rooms.closeAll(CLOSE_SERVER_RESTART);
      await vetter.close();
      for (const socket of wss.clients) socket.terminate();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        if ('closeAllConnections' in httpServer) httpServer.closeAllConnections();
      });
      // A seal being made is finished and stored, not cut off: the next start would only redo it.
      await sealed.idle();
      database.close();
    })();
    return closing;
  };

  return { url, port, rooms, documents, protocols, signIn, credentialSweeps: credentialSweep.runs, close };
}
