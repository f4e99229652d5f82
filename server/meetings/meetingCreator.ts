import * as Y from 'yjs';
import type { MeetingKind } from '../../shared/meetingKind';
import { buildMeetingDoc, type MeetingDocContent } from '../../shared/protocol/buildMeetingDoc';
import { extractProtocol } from '../../shared/protocol/extractProtocol';
import type { Role } from '../../shared/roles';
import type { AuditLog } from '../adjustment/auditLog';
import { newToken } from '../auth/tokens';
import type { Db } from '../db/openDatabase';
import type { DocumentStore } from '../persistence/documentStore';
import type { ProtocolRowStore } from '../protocol/protocolRowStore';
import type { BodyStore } from './bodyStore';
import type { MeetingStore } from './meetingStore';

export interface NewMeeting {
  title: string;
  kind: MeetingKind;
  /** The series it belongs to: an existing body's id, or a name found or created. */
  body: { id: string; name: string | null } | { name: string } | null;
  startsAt: string | null;
  place: string | null;
  firstParagraph: number;
  /** The document it starts with: body from a template, meeting data, attendees. */
  content: MeetingDocContent;
}

/**
 * Creates a meeting with its document: the row, the body it belongs to,
 * the invites, the seeded document as the first snapshot and the rows
 * derived from it, all in one transaction, so a failure leaves nothing.
 */
export class MeetingCreator {
  constructor(
    private readonly db: Db,
    private readonly meetings: MeetingStore,
    private readonly bodies: BodyStore,
    private readonly documents: DocumentStore,
    private readonly rows: ProtocolRowStore,
    private readonly audit?: AuditLog,
  ) {}

  create(input: NewMeeting): { id: string; tokens: Record<Role, string> } {
    const id = newToken(16);
    const doc = buildMeetingDoc(input.content);
    const bodyName = input.body?.name ?? null;
    const protocol = extractProtocol(doc, {
      id,
      title: input.title,
      kind: input.kind,
      body: bodyName,
      startsAt: input.startsAt,
      place: input.place,
      state: 'draft',
      firstParagraph: input.firstParagraph,
    });
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return this.db.transaction(() => {
      const bodyId = input.body === null ? null : 'id' in input.body ? input.body.id : this.bodies.findOrCreate(input.body.name);
      const created = this.meetings.create(
        {
          title: input.title,
          kind: input.kind,
          body: bodyName ?? undefined,
          bodyId,
          startsAt: input.startsAt ?? undefined,
          place: input.place ?? undefined,
          firstParagraph: input.firstParagraph,
        },
        id,
      );
      this.documents.compact(id, state, 0);
      this.rows.replace(id, protocol);
      this.audit?.record({ meetingId: id, action: 'created', role: null, actor: null, detail: { title: input.title, kind: input.kind } });
      return created;
    });
  }
}
