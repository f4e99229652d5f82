import type * as Y from 'yjs';
import type { HistoryAuthor, HistoryComparison, HistoryResponse, RestoreRequest, RestoreResponse } from '../../shared/api/history';
import { extractProtocol } from '../../shared/protocol/extractProtocol';
import type { StructuredProtocol } from '../../shared/protocol/types';
import type { Role } from '../../shared/roles';
import { ensureAllowed, Refusal } from '../adjustment/refusal';
import type { UpdateRefusal } from '../collab/room';
import type { RoomManager } from '../collab/roomManager';
import type { MeetingRow, MeetingStore } from '../meetings/meetingStore';
import type { DocumentStore } from '../persistence/documentStore';
import type { Caller } from '../people/actingPerson';
import { historyComparison } from './historyComparison';
import { historyEdits, type EditsSoFar } from './historyEdits';
import type { CheckpointRow, HistoryStore } from './historyStore';
import { historySource, replayHistory, type HistorySource } from './replayHistory';
import { restoreChange } from './restoreChange';

export interface HistoryServiceDeps {
  meetings: MeetingStore;
  documents: Pick<DocumentStore, 'historyBase'>;
  history: HistoryStore;
  rooms: RoomManager;
}

/**
 * A meeting's history for those who may read it (the permission matrix's
 * readHistory): its checkpoints and edits, the protocol at a checkpoint,
 * and the secretary's restore of the body or one § as a forward change.
 */
/** Meetings whose edits (and the replay after them) are kept between requests, most recently read last. */
const EDITS_KEPT = 32;

export class HistoryService {
  private readonly source: HistorySource;
  /** Per meeting: the edits listed so far; a next listing replays only the rows stored since. */
  private readonly editsSoFar = new Map<string, EditsSoFar>();

  constructor(private readonly deps: HistoryServiceDeps) {
    this.source = historySource(deps.history, deps.documents);
  }

  list(meetingId: string, role: Role): HistoryResponse {
    const meeting = this.readable(meetingId, role);
    const { edits, problems } = this.edits(meetingId, meeting.firstParagraph);
    return {
      checkpoints: this.deps.history.checkpoints(meetingId).map((checkpoint) => ({ id: checkpoint.id, label: checkpoint.label, at: checkpoint.at.toISOString(), by: checkpoint.by, upToUpdateId: checkpoint.upToUpdateId })),
      edits,
      problems,
    };
  }

  /** The log is append-only: what was listed stays true, unless a row was set aside since (then it is listed afresh). */
  private edits(meetingId: string, firstParagraph: number): EditsSoFar {
    const kept = this.editsSoFar.get(meetingId);
    const from = kept && this.deps.history.countUpTo(meetingId, kept.upToUpdateId) === kept.rows ? kept : null;
    const listed = historyEdits(this.source, meetingId, firstParagraph, from);
    this.editsSoFar.delete(meetingId);
    this.editsSoFar.set(meetingId, listed);
    if (this.editsSoFar.size > EDITS_KEPT) this.editsSoFar.delete(this.editsSoFar.keys().next().value ?? meetingId);
    return listed;
  }

  /** The structured protocol as it stood at the checkpoint (the meeting's record as it is now). */
  protocolAt(meetingId: string, role: Role, checkpointId: number): StructuredProtocol {
    const meeting = this.readable(meetingId, role);
    const checkpoint = this.checkpoint(meetingId, checkpointId);
    return this.withPast(meetingId, checkpoint, (doc) => extractProtocol(doc, meeting));
  }

  /**
   * What changed between two points of the log (update ids, as the edits
   * and checkpoints name them; `to` absent: the newest stored update).
   * 0 is where the history starts.
   */
  compare(meetingId: string, role: Role, fromUpdateId: number, toUpdateId: number | null): HistoryComparison {
    this.readable(meetingId, role);
    const latest = this.deps.history.latestUpdateId(meetingId);
    const to = toUpdateId ?? latest;
    if (!Number.isSafeInteger(fromUpdateId) || fromUpdateId < 0 || !Number.isSafeInteger(to) || to > latest) {
      throw new Refusal(400, 'bad_request', `from and to must be points of this meeting's history (update ids from 0 to ${latest})`);
    }
    if (fromUpdateId > to) throw new Refusal(400, 'bad_request', 'from must not come after to');
    return historyComparison(this.source, meetingId, fromUpdateId, to);
  }

  /** Throws unless the caller may restore now (secretary, draft): checked before the request's body is read. */
  ensureMayRestore(meetingId: string, role: Role): void {
    ensureAllowed(role, this.meeting(meetingId).state, 'restoreHistory');
  }

  restore(meetingId: string, caller: Caller, request: RestoreRequest): RestoreResponse {
    const meeting = this.meeting(meetingId);
    ensureAllowed(caller.role, meeting.state, 'restoreHistory');
    const checkpoint = this.checkpoint(meetingId, request.checkpointId);
    const by: HistoryAuthor = { name: caller.person?.name ?? null, role: caller.role };
    // The change clones nodes of the replayed past, so it runs while that replay lives.
    return this.withPast(meetingId, checkpoint, (past) => {
      const change = restoreChange(past, meeting.firstParagraph, request.itemNumber);
      return this.deps.rooms.withRoom(meetingId, (room) => {
        const before = room.lastStoredUpdateId;
        const refusal = room.applyServerChange(change, by);
        if (refusal) throw refusalOf(refusal);
        const after = room.lastStoredUpdateId;
        return { restored: true as const, updateId: after === before ? null : after };
      });
    });
  }

  private withPast<T>(meetingId: string, checkpoint: CheckpointRow, use: (doc: Y.Doc) => T): T {
    const { doc } = replayHistory(this.source, meetingId, checkpoint.upToUpdateId);
    try {
      return use(doc);
    } finally {
      doc.destroy();
    }
  }

  private readable(meetingId: string, role: Role): MeetingRow {
    const meeting = this.meeting(meetingId);
    ensureAllowed(role, meeting.state, 'readHistory');
    return meeting;
  }

  private meeting(meetingId: string): MeetingRow {
    const meeting = this.deps.meetings.find(meetingId);
    if (!meeting) throw new Refusal(404, 'not_found', `No meeting with id ${meetingId}`);
    return meeting;
  }

  private checkpoint(meetingId: string, checkpointId: number): CheckpointRow {
    const checkpoint = Number.isSafeInteger(checkpointId) ? this.deps.history.checkpoint(meetingId, checkpointId) : null;
    if (!checkpoint) throw new Refusal(404, 'not_found', `This meeting's history has no checkpoint ${checkpointId}`);
    return checkpoint;
  }
}

function refusalOf(refusal: UpdateRefusal): Refusal {
  if (refusal === 'locked') return new Refusal(409, 'locked', 'The protocol is adjusted (locked): nothing in it can be changed', 'locked');
  if (refusal === 'documentFull') return new Refusal(413, 'payload_too_large', "The meeting's document has reached its size limit");
  // The server's own change refused, or the store failing: a fault here (500), not the caller's.
  throw new Error(`the restore was refused: ${refusal}`);
}
