import type * as Y from 'yjs';
import type { AttendeeView, NewAttendeeRequest, AttendeePatchRequest } from '../../shared/api/attendees';
import type { HistoryAuthor } from '../../shared/api/history';
import { addAttendee, readAttendees, removeAttendee, updateAttendee } from '../../shared/protocol/yDocMeta';
import type { Role } from '../../shared/roles';
import type { AuditLog } from '../adjustment/auditLog';
import { ensureAllowed, Refusal } from '../adjustment/refusal';
import { INVITE_WITHDRAWN } from '../auth/authorizer';
import type { CredentialStore } from '../auth/credentialStore';
import type { RoomManager } from '../collab/roomManager';
import type { UpdateRefusal } from '../collab/room';
import type { MeetingStore } from '../meetings/meetingStore';
import { ROLE_OF_ATTENDEE } from '../people/attendeeRoles';
import type { AttendeeEmailStore } from './attendeeEmailStore';

export interface AttendeeServiceDeps {
  meetings: MeetingStore;
  rooms: RoomManager;
  emails: AttendeeEmailStore;
  credentials: CredentialStore;
  audit: AuditLog;
}

/**
 * The attendee list over REST, for integrations (a roster, scripts): each
 * change is written into the meeting's document through its room, as one
 * update stored before it is relayed, like an edit in the browser; the
 * e-mail addresses stay with the server.
 */
export class AttendeeService {
  constructor(private readonly deps: AttendeeServiceDeps) {}

  list(meetingId: string, role: Role): AttendeeView[] {
    this.ensureSecretary(meetingId, role, false);
    const emails = this.deps.emails.byAttendee(meetingId);
    const invited = this.deps.credentials.personalInvites(meetingId);
    return this.deps.rooms
      .withRoom(meetingId, (room) => readAttendees(room.doc))
      .map((attendee) => ({ ...attendee, email: emails.get(attendee.id) ?? null, invitedAt: invited.get(attendee.id)?.issuedAt.toISOString() ?? null, openedAt: invited.get(attendee.id)?.openedAt?.toISOString() ?? null }));
  }

  /** `by`: who the change is stored as in the history (the secretary's role when not given). */
  add(meetingId: string, role: Role, request: NewAttendeeRequest, by: HistoryAuthor = { name: null, role }): AttendeeView {
    this.ensureSecretary(meetingId, role, true);
    let id = '';
    this.change(meetingId, by, (doc) => {
      id = addAttendee(doc, { name: request.name, organization: request.organization ?? '', role: request.role ?? 'ledamot', presence: request.presence ?? 'present' });
    });
    if (request.email) this.deps.emails.set(meetingId, id, request.email);
    this.record(meetingId, 'added', id, request.name);
    return this.one(meetingId, id);
  }

  update(meetingId: string, role: Role, attendeeId: string, patch: AttendeePatchRequest, by: HistoryAuthor = { name: null, role }): AttendeeView {
    this.ensureSecretary(meetingId, role, true);
    this.one(meetingId, attendeeId);
    const { email, ...fields } = patch;
    this.change(meetingId, by, (doc) => {
      updateAttendee(doc, attendeeId, fields);
    });
    if (email !== undefined) this.deps.emails.set(meetingId, attendeeId, email);
    const updated = this.one(meetingId, attendeeId);
    this.record(meetingId, 'updated', attendeeId, updated.name);
    return updated;
  }

  remove(meetingId: string, role: Role, attendeeId: string, by: HistoryAuthor = { name: null, role }): void {
    this.ensureSecretary(meetingId, role, true);
    const { name } = this.one(meetingId, attendeeId);
    this.change(meetingId, by, (doc) => {
      removeAttendee(doc, attendeeId);
    });
    this.deps.emails.set(meetingId, attendeeId, null);
    this.withdraw(meetingId, attendeeId);
    this.record(meetingId, 'removed', attendeeId, name);
  }

  /**
   * A personal invitation for one attendee, with the role their place in
   * the meeting grants (ordförande: chair, justerare: adjuster, sekreterare:
   * secretary, anyone else: participant). One they held before is
   * withdrawn, and the sockets opened with it are closed.
   */
  invite(meetingId: string, role: Role, attendeeId: string): { token: string; role: Role } {
    this.ensureSecretary(meetingId, role, false);
    this.ensureNotLocked(meetingId);
    const attendee = this.one(meetingId, attendeeId);
    const granted = ROLE_OF_ATTENDEE[attendee.role];
    const { token, withdrawn } = this.deps.credentials.issuePersonalInvite(meetingId, attendeeId, granted);
    if (withdrawn) this.deps.rooms.closeInvite(meetingId, withdrawn, WITHDRAWN_CLOSE);
    this.record(meetingId, 'invited', attendeeId, attendee.name);
    return { token, role: granted };
  }

  /** Withdraws an attendee's personal invitation: its sessions end, its tickets stop, its sockets close (4401). */
  revoke(meetingId: string, role: Role, attendeeId: string): void {
    this.ensureSecretary(meetingId, role, false);
    const { name } = this.one(meetingId, attendeeId);
    if (!this.withdraw(meetingId, attendeeId)) throw new Refusal(404, 'not_found', `${name} holds no personal invitation`, 'no_such_invitation');
    this.record(meetingId, 'uninvited', attendeeId, name);
  }

  private withdraw(meetingId: string, attendeeId: string): boolean {
    const withdrawn = this.deps.credentials.withdrawPersonalInvite(meetingId, attendeeId);
    if (withdrawn) this.deps.rooms.closeInvite(meetingId, withdrawn, WITHDRAWN_CLOSE);
    return withdrawn !== null;
  }

  private ensureNotLocked(meetingId: string): void {
    if (this.deps.meetings.find(meetingId)?.state === 'adjusted') throw new Refusal(409, 'locked', 'The protocol is adjusted (locked): it has no one left to invite', 'locked');
  }

  private one(meetingId: string, attendeeId: string): AttendeeView {
    const found = this.list(meetingId, 'secretary').find((attendee) => attendee.id === attendeeId);
    if (!found) throw new Refusal(404, 'not_found', `No attendee with id ${attendeeId} in this meeting`, 'no_such_attendee');
    return found;
  }

  /** Secretary only, whatever the matrix lets other roles do in the browser; a change also needs the state to allow it. */
  private ensureSecretary(meetingId: string, role: Role, changing: boolean): void {
    const meeting = this.deps.meetings.find(meetingId);
    if (!meeting) throw new Refusal(404, 'not_found', `No meeting with id ${meetingId}`);
    if (role !== 'secretary') throw new Refusal(403, 'forbidden', 'Only the secretary manages the attendee list over the API', 'secretary_only');
    if (changing) ensureAllowed(role, meeting.state, 'changeAttendees');
  }

  private change(meetingId: string, by: HistoryAuthor, edit: (doc: Y.Doc) => void): void {
    const refusal = this.deps.rooms.withRoom(meetingId, (room) => room.applyServerChange(edit, by));
    if (refusal) throw refusalOf(refusal);
  }

  private record(meetingId: string, change: 'added' | 'updated' | 'removed' | 'invited' | 'uninvited', attendeeId: string, name: string): void {
    this.deps.audit.record({ meetingId, action: 'attendees_changed', role: 'secretary', actor: null, detail: { change, attendeeId, name } });
  }
}

const WITHDRAWN_CLOSE = { code: 4401, reason: `unauthorized: ${INVITE_WITHDRAWN}` };

function refusalOf(refusal: UpdateRefusal): Refusal {
  if (refusal === 'locked') return new Refusal(409, 'locked', 'The protocol is adjusted (locked): nothing in it can be changed', 'locked');
  if (refusal === 'documentFull') return new Refusal(413, 'payload_too_large', 'The meeting\'s document has reached its size limit');
  // A store that fails, or the server's own edit refused: a fault here (500), not the caller's.
  throw new Error(`the server's attendee change was refused: ${refusal}`);
}
