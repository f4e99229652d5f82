import * as Y from 'yjs';
import type { NewRemarkRequest, Remark, RemarkAnchor } from '../../shared/adjustment/types';
import type { MeetingState } from '../../shared/meetingKind';
import type { Db } from '../db/openDatabase';
import type { MeetingEventBus } from '../events/meetingEventBus';
import type { Caller } from '../people/actingPerson';
import { authorName } from '../people/authorName';
import type { AuditLog } from './auditLog';
import { ensureAllowed, Refusal } from './refusal';
import type { RemarkStore } from './remarkStore';

/** Remarks on a protocol: threads anchored to a text range, replies, resolve; read-only once adjusted. */
export class RemarkService {
  constructor(
    private readonly deps: {
      db: Db;
      remarks: RemarkStore;
      audit: AuditLog;
      events: MeetingEventBus;
      stateOf: (meetingId: string) => MeetingState;
    },
  ) {}

  list(meetingId: string): Remark[] {
    return this.deps.remarks.list(meetingId);
  }

  add(meetingId: string, caller: Caller, request: NewRemarkRequest): Remark {
    const state = this.deps.stateOf(meetingId);
    ensureAllowed(caller.role, state, 'comment');
    const author = authorName(caller, request.author);
    let parentId: number | null = null;
    let anchor: RemarkAnchor | null = null;
    if (request.parentId !== undefined) {
      const parent = this.deps.remarks.find(meetingId, request.parentId);
      if (!parent) throw new Refusal(404, 'not_found', `No remark ${request.parentId} in this meeting`);
      // Threads are one level deep: a reply to a reply joins the thread.
      parentId = parent.parentId ?? parent.id;
    } else {
      if (!request.anchor) throw new Refusal(400, 'bad_request', 'anchor: a new remark needs the text range it is about (or parentId for a reply)');
      anchor = checkedAnchor(request.anchor);
    }
    const remark = this.deps.db.transaction(() => {
      const added = this.deps.remarks.add(meetingId, { parentId, anchor, text: request.text, author, role: caller.role, attendeeId: caller.person?.attendeeId ?? null });
      this.deps.audit.record({ meetingId, action: 'remarked', role: caller.role, actor: author, detail: { remark: added.id, parentId, verified: caller.person !== null } });
      return added;
    });
    this.deps.events.publish(meetingId, { topic: 'remarks', state });
    return remark;
  }

  resolve(meetingId: string, caller: Caller, given: string | undefined, remarkId: number, resolved: boolean): Remark {
    const state = this.deps.stateOf(meetingId);
    ensureAllowed(caller.role, state, 'resolveRemark');
    const author = authorName(caller, given);
    const remark = this.deps.remarks.find(meetingId, remarkId);
    if (!remark) throw new Refusal(404, 'not_found', `No remark ${remarkId} in this meeting`);
    if (remark.parentId !== null) throw new Refusal(400, 'bad_request', 'Only a thread is resolved, not a reply in it');
    const updated = this.deps.remarks.setResolved(remarkId, resolved ? author : null);
    this.deps.events.publish(meetingId, { topic: 'remarks', state });
    return updated;
  }
}

function checkedAnchor(anchor: RemarkAnchor): RemarkAnchor {
  for (const key of ['start', 'end'] as const) {
    try {
      Y.decodeRelativePosition(new Uint8Array(Buffer.from(anchor[key], 'base64')));
    } catch {
      throw new Refusal(400, 'bad_request', `anchor.${key} must be the base64 of Y.encodeRelativePosition`);
    }
  }
  return anchor;
}
