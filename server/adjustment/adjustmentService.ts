import * as Y from 'yjs';
import { canonicalJson } from '../../shared/adjustment/canonicalJson';
import type {
  AdjustResponse,
  ApprovalRecord,
  ApproveRequest,
  Correction,
  DeclineRequest,
  MeetingEventTopic,
  NewCorrectionRequest,
  RequiredApprover,
  ReviewStatus,
} from '../../shared/adjustment/types';
import type { MeetingState } from '../../shared/meetingKind';
import { extractProtocol } from '../../shared/protocol/extractProtocol';
import { readAttendees } from '../../shared/protocol/yDocMeta';
import type { Role } from '../../shared/roles';
import type { RoomManager } from '../collab/roomManager';
import { withMeetingDoc } from '../collab/withMeetingDoc';
import type { Db } from '../db/openDatabase';
import type { MeetingEventBus } from '../events/meetingEventBus';
import type { MeetingRow, MeetingStore } from '../meetings/meetingStore';
import type { HistoryRecorder } from '../history/historyRecorder';
import type { DocumentStore } from '../persistence/documentStore';
import type { ActingPerson, Caller } from '../people/actingPerson';
import type { ProtocolRowStore } from '../protocol/protocolRowStore';
import type { AdjustmentStore, NewDecision } from './adjustmentStore';
import type { AuditLog } from './auditLog';
import { ensureAllowed, Refusal } from './refusal';
import { requiredApprovers } from './requiredApprovers';
import { sha256Hex } from './sha256Hex';
import { holdsChangesMissingFrom } from './stateVectorGap';

/** Who is acting: the role of the credential and the name they give. */
export interface Actor {
  role: Role;
  name: string;
}

export interface AdjustmentServiceDeps {
  db: Db;
  meetings: MeetingStore;
  store: AdjustmentStore;
  audit: AuditLog;
  documents: DocumentStore;
  rows: ProtocolRowStore;
  rooms: RoomManager;
  events: MeetingEventBus;
  /** Records the history's checkpoints of the workflow (sent for review, declined, adjusted) in each step's transaction. */
  history?: Pick<HistoryRecorder, 'mark'>;
  /** APPROVAL_REQUIRES_SIGN_IN: a personal invitation is not enough to approve; the approver must sign in. */
  approvalRequiresSignIn?: boolean;
  /** After the lock's transaction: e.g. render and seal the archived PDF, off the approver's request. */
  onAdjusted?: (meetingId: string) => void;
  now?: () => Date;
}

/**
 * The adjustment workflow: draft → review → adjusted, with declines back to
 * draft. Each step is one SQLite transaction, run synchronously in one tick
 * together with the open room's state change, so no update can slip in
 * between the check, the stored bytes and the lock.
 */
export class AdjustmentService {
  private readonly now: () => Date;

  constructor(private readonly deps: AdjustmentServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  status(meetingId: string): ReviewStatus {
    const meeting = this.meeting(meetingId);
    const { store } = this.deps;
    const round = store.latestRound(meetingId);
    const decisions = round ? store.decisions(meetingId, round.round) : [];
    const declined = round?.outcome === 'declined' ? (decisions.find((d) => d.decision === 'declined') ?? null) : null;
    // Answers even when the lock fails its check, so the page can say so instead of failing to load.
    const { adjustment, integrity } = store.checkedAdjustment(meetingId);
    return {
      state: meeting.state,
      round: round?.round ?? 0,
      required: (round?.required ?? []).map((approver) => ({
        ...approver,
        approval: decisions.find((d) => d.name === approver.name) ?? null,
      })),
      lastDecline: meeting.state === 'draft' ? declined : null,
      adjustment,
      integrity,
      setAside: setAsideOf(this.deps.documents.quarantined(meetingId)),
      corrections: store.corrections(meetingId),
    };
  }

  /** Secretary: freezes the approvers from the attendees and opens a review round. */
  sendForReview(meetingId: string, actor: Actor): ReviewStatus {
    const meeting = this.meeting(meetingId);
    ensureAllowed(actor.role, meeting.state, 'sendForReview');
    if (meeting.kind !== 'protocol') throw new Refusal(409, 'conflict', 'Notes (minnesanteckningar) are not adjusted; only a protocol is sent for adjustment', 'notes_not_adjusted');
    const required = this.withDoc(meetingId, (doc) => requiredApprovers(readAttendees(doc)));
    if (!required.some((approver) => approver.role === 'adjuster')) {
      throw new Refusal(409, 'conflict', 'Mark at least one attendee as justerare (adjuster), and the chair as ordförande, before sending the protocol for adjustment', 'no_adjuster');
    }
    this.deps.db.transaction(() => {
      const round = this.deps.store.openRound(meetingId, required, actor.name);
      this.deps.store.setState(meetingId, 'review');
      // A review step needs no name: one recorded as the role itself is no person's.
      this.deps.history?.mark(meetingId, 'review', { name: actor.name === actor.role ? null : actor.name, role: actor.role });
      this.deps.audit.record({ meetingId, action: 'sent_for_review', role: actor.role, actor: actor.name, detail: { round: round.round, required: required.map((a) => a.name) } });
    });
    return this.changed(meetingId, 'review', 'review');
  }

  /** Secretary: takes the protocol back to draft without a decline. */
  withdraw(meetingId: string, actor: Actor): ReviewStatus {
    const meeting = this.meeting(meetingId);
    ensureAllowed(actor.role, meeting.state, 'withdrawReview');
    const round = this.openRound(meetingId);
    this.deps.db.transaction(() => {
      this.deps.store.endRound(meetingId, round.round, 'withdrawn', this.now());
      this.deps.store.setState(meetingId, 'draft');
      this.deps.audit.record({ meetingId, action: 'withdrawn', role: actor.role, actor: actor.name, detail: { round: round.round } });
    });
    return this.changed(meetingId, 'draft', 'review');
  }

  /** One required approver approves, in person; the last approval adjusts (locks) the protocol in the same transaction. */
  approve(meetingId: string, caller: Caller, request: ApproveRequest): { status: ReviewStatus; adjusted: AdjustResponse | null } {
    const meeting = this.meeting(meetingId);
    const round = this.openRoundFor(meetingId, caller, meeting.state, 'approve');
    const { approver, person } = this.approverOf(round.required, caller, request.name);
    ensureAllowed(approver.role, meeting.state, 'approve');
    const decisions = this.deps.store.decisions(meetingId, round.round);
    if (decisions.some((d) => d.name === approver.name)) throw new Refusal(409, 'conflict', `${approver.name} has already approved this round`, 'already_approved');
    const stateVector = decodeStateVector(request.stateVector);
    const at = this.now();
    const pending = round.required.filter((a) => a.name !== approver.name && !decisions.some((d) => d.name === a.name && d.decision === 'approved'));
    const adjusted = this.withDoc(meetingId, (doc) => {
      if (holdsChangesMissingFrom(stateVector, doc)) {
        throw new Refusal(409, 'conflict', 'Your copy holds changes the server has not received yet; wait until everything is saved, then approve again', 'unsynced');
      }
      // The last approval locks: words someone still holds unsaved would be shut out of the protocol for good.
      const unsaved = pending.length === 0 ? this.deps.rooms.unsavedPeers(meetingId) : [];
      if (unsaved.length > 0) {
        throw new Refusal(409, 'conflict', `Not locked: ${unsaved.join(', ')} has the meeting open with changes the server has not yet saved; approve again once everyone's copy says Sparat`, 'peers_unsynced');
      }
      const decision = decisionOf(approver, person, 'approved', null, at);
      if (pending.length > 0) {
        this.deps.db.transaction(() => {
          this.deps.store.recordDecision(meetingId, round.round, decision);
          this.deps.audit.record({ meetingId, action: 'approved', role: approver.role, actor: approver.name, detail: { round: round.round, ...auditOf(person) } });
        });
        return null;
      }
      const record: ApprovalRecord = { ...decision, at: at.toISOString(), round: round.round };
      return this.lock(meeting, doc, round.round, decision, [...decisions, record], person);
    });
    const status = this.changed(meetingId, adjusted ? 'adjusted' : 'review', 'review');
    if (adjusted) this.deps.onAdjusted?.(meetingId);
    return { status, adjusted };
  }

  /** One required approver declines, in person, with a reason; the protocol goes back to the secretary as a draft. */
  decline(meetingId: string, caller: Caller, request: DeclineRequest): ReviewStatus {
    const meeting = this.meeting(meetingId);
    const round = this.openRoundFor(meetingId, caller, meeting.state, 'decline');
    const { approver, person } = this.approverOf(round.required, caller, request.name);
    ensureAllowed(approver.role, meeting.state, 'decline');
    const at = this.now();
    this.deps.db.transaction(() => {
      this.deps.store.recordDecision(meetingId, round.round, decisionOf(approver, person, 'declined', request.reason, at));
      this.deps.store.endRound(meetingId, round.round, 'declined', at);
      this.deps.store.setState(meetingId, 'draft');
      this.deps.history?.mark(meetingId, 'declined', { name: approver.name, role: approver.role });
      this.deps.audit.record({ meetingId, action: 'declined', role: approver.role, actor: approver.name, detail: { round: round.round, reason: request.reason, ...auditOf(person) } });
    });
    return this.changed(meetingId, 'draft', 'review');
  }

  /** Secretary, adjusted protocols only: appends a rättelse; the locked text never changes. */
  correct(meetingId: string, actor: Actor, request: NewCorrectionRequest): Correction {
    const meeting = this.meeting(meetingId);
    ensureAllowed(actor.role, meeting.state, 'correct');
    const correction = this.deps.db.transaction(() => {
      const added = this.deps.store.addCorrection(meetingId, { author: actor.name, role: actor.role, what: request.what, why: request.why });
      this.deps.audit.record({ meetingId, action: 'corrected', role: actor.role, actor: actor.name, detail: { correction: added.id, what: request.what, why: request.why } });
      return added;
    });
    this.deps.events.publish(meetingId, { topic: 'corrections', state: meeting.state });
    return correction;
  }

  /** The meeting's state for the permission checks of other routes (remarks, exports). */
  stateOf(meetingId: string): MeetingState {
    return this.meeting(meetingId).state;
  }

  private lock(meeting: MeetingRow, doc: Y.Doc, round: number, decision: NewDecision, approvals: ApprovalRecord[], person: ActingPerson): AdjustResponse {
    const meetingId = meeting.id;
    const data = Y.encodeStateAsUpdate(doc);
    const sha256 = sha256Hex(data);
    const protocol = extractProtocol(doc, { ...meeting, state: 'adjusted' });
    const protocolJson = canonicalJson(protocol);
    const protocolSha256 = sha256Hex(protocolJson);
    const adjustedBy = approvals.filter((a) => a.decision === 'approved').map((a) => a.name).join(', ');
    const { store, audit, rows } = this.deps;
    // Order matters: the triggers refuse changes to a meeting once its adjustments row exists.
    this.deps.db.transaction(() => {
      store.recordDecision(meetingId, round, decision);
      store.endRound(meetingId, round, 'adjusted', decision.at);
      store.setState(meetingId, 'adjusted');
      rows.replace(meetingId, protocol);
      this.deps.history?.mark(meetingId, 'adjusted', { name: decision.name, role: decision.role });
      audit.record({ meetingId, action: 'approved', role: decision.role, actor: decision.name, detail: { round, ...auditOf(person) } });
      audit.record({ meetingId, action: 'adjusted', role: decision.role, actor: decision.name, detail: { round, sha256, protocolSha256, adjustedBy } });
      store.insertAdjustment({ meetingId, data, sha256, protocolJson, protocolSha256, adjustedBy, adjustedAt: decision.at });
    });
    // Same tick as the transaction: the next frame this room reads is already refused.
    this.deps.rooms.peek(meetingId)?.setState('adjusted');
    return { adjustedAt: decision.at.toISOString(), adjustedBy, sha256 };
  }

  private changed(meetingId: string, state: MeetingState, topic: MeetingEventTopic): ReviewStatus {
    this.deps.rooms.peek(meetingId)?.setState(state);
    this.deps.events.publish(meetingId, { topic, state });
    return this.status(meetingId);
  }

  private meeting(meetingId: string): MeetingRow {
    const meeting = this.deps.meetings.find(meetingId);
    if (!meeting) throw new Refusal(404, 'not_found', `No meeting with id ${meetingId}`);
    return meeting;
  }

  private openRound(meetingId: string) {
    const round = this.deps.store.latestRound(meetingId);
    if (!round || round.outcome !== null) throw new Refusal(409, 'conflict', 'The protocol is not in review', 'not_in_review');
    return round;
  }

  /**
   * The state must allow the step for an approver. A credential of a role
   * that never approves, held by nobody the server knows, is told so
   * ('role') rather than that it would need to be a person; a person is
   * judged by their place among the required approvers, not by the role
   * their invitation was issued with.
   */
  private openRoundFor(meetingId: string, caller: Caller, state: MeetingState, action: 'approve' | 'decline') {
    if (!caller.person && caller.role !== 'chair' && caller.role !== 'adjuster') ensureAllowed(caller.role, state, action);
    ensureAllowed('adjuster', state, action);
    return this.openRound(meetingId);
  }

  /**
   * The required approver the caller is, by the attendee their verified
   * session names. A name in the request is only checked, never believed.
   */
  private approverOf(required: RequiredApprover[], caller: Caller, claimed: string | undefined): { approver: RequiredApprover; person: ActingPerson } {
    const { person } = caller;
    if (!person) {
      throw new Refusal(
        403,
        'forbidden',
        'Only the approver in person may approve or decline: open your personal invitation, or sign in with your organisation account. A shared role link may read and remark, not approve.',
        'approval_needs_verified_person',
      );
    }
    if (this.deps.approvalRequiresSignIn && person.verification.method !== 'oidc') {
      throw new Refusal(403, 'forbidden', 'This installation requires approvers to sign in with their organisation account; a personal invitation is not enough to approve', 'approval_needs_sign_in');
    }
    if (claimed !== undefined && claimed.trim() !== person.name) {
      throw new Refusal(403, 'forbidden', `You are signed in as ${person.name}; you cannot approve or decline as ${claimed.trim()}`, 'not_you');
    }
    // Rounds opened before approvers were frozen with their attendee id match by name.
    const approver = required.find((a) => (a.attendeeId !== undefined ? a.attendeeId === person.attendeeId : a.name === person.name));
    if (!approver) {
      throw new Refusal(403, 'forbidden', `${person.name} is not among those who must approve this protocol: ${required.map((a) => a.name).join(', ')}`, 'not_required_approver');
    }
    return { approver, person };
  }

  private withDoc<T>(meetingId: string, use: (doc: Y.Doc) => T): T {
    return withMeetingDoc(this.deps.rooms, this.deps.documents, meetingId, use);
  }
}

/** The decision as recorded: the frozen approver's name and organisation, the person's verification. */
function decisionOf(approver: RequiredApprover, person: ActingPerson, decision: 'approved' | 'declined', reason: string | null, at: Date): NewDecision {
  return { name: approver.name, organization: approver.organization, role: approver.role, decision, reason, verification: person.verification, at };
}

/** How the audit log says who decided: the attendee and how the server knew them. */
function auditOf(person: ActingPerson): Record<string, unknown> {
  const { method, attendeeId, email, issuer } = person.verification;
  return { attendeeId, method, email, ...(issuer ? { issuer } : {}) };
}

function decodeStateVector(base64: string): Map<number, number> {
  try {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0 || bytes.toString('base64').replace(/=+$/, '') !== base64.replace(/=+$/, '')) throw new Error('not base64');
    return Y.decodeStateVector(new Uint8Array(bytes));
  } catch {
    throw new Refusal(400, 'bad_request', 'stateVector must be the base64 of Y.encodeStateVector(doc)');
  }
}

function setAsideOf({ rows, lastAt }: { rows: number; lastAt: Date | null }): ReviewStatus['setAside'] {
  return rows > 0 && lastAt ? { rows, lastAt: lastAt.toISOString() } : null;
}
