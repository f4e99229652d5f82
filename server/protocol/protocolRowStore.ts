import { asc, eq } from 'drizzle-orm';
import type { BodyActionItem } from '../../shared/api/types';
import type { StructuredProtocol } from '../../shared/protocol/types';
import type { Db } from '../db/openDatabase';
import { actionItems, agendaItems, attendees, decisions, meetings } from '../db/schema';

/**
 * The structured protocol as SQLite rows, derived from the document and
 * replaced as a whole per meeting. Writes run inside the caller's
 * transaction (the snapshot's) when there is one.
 */
export class ProtocolRowStore {
  constructor(private readonly db: Db) {}

  /** Replaces every derived row of the meeting and the meeting data its row mirrors. */
  replace(meetingId: string, protocol: StructuredProtocol): void {
    this.db.transaction((tx) => {
      tx.delete(actionItems).where(eq(actionItems.meetingId, meetingId)).run();
      tx.delete(decisions).where(eq(decisions.meetingId, meetingId)).run();
      tx.delete(agendaItems).where(eq(agendaItems.meetingId, meetingId)).run();
      tx.delete(attendees).where(eq(attendees.meetingId, meetingId)).run();
      if (protocol.attendees.length > 0) {
        tx.insert(attendees)
          .values(protocol.attendees.map((attendee, position) => ({ meetingId, position, ...attendee })))
          .run();
      }
      for (const item of protocol.items) {
        const row = tx
          .insert(agendaItems)
          .values({ meetingId, number: item.number, title: item.title, presenter: item.presenter, text: item.text })
          .returning({ id: agendaItems.id })
          .get();
        if (item.decisions.length > 0) {
          tx.insert(decisions)
            .values(item.decisions.map((decision) => ({ meetingId, agendaItemId: row.id, ...decision })))
            .run();
        }
        if (item.actionItems.length > 0) {
          tx.insert(actionItems)
            .values(item.actionItems.map((action, position) => ({ meetingId, agendaItemId: row.id, position, ...action })))
            .run();
        }
      }
      const { startsAt, place, firstParagraph } = protocol.meeting;
      tx.update(meetings).set({ startsAt, place, firstParagraph }).where(eq(meetings.id, meetingId)).run();
    });
  }

  /** Every stored action item of the meetings of a body, in document order within each meeting. */
  actionItemsOfBody(bodyId: string): BodyActionItem[] {
    return this.db
      .select({
        meetingId: meetings.id,
        meetingTitle: meetings.title,
        startsAt: meetings.startsAt,
        itemNumber: agendaItems.number,
        assignee: actionItems.assignee,
        task: actionItems.task,
        due: actionItems.due,
        status: actionItems.status,
      })
      .from(actionItems)
      .innerJoin(agendaItems, eq(agendaItems.id, actionItems.agendaItemId))
      .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
      .where(eq(meetings.bodyId, bodyId))
      .orderBy(asc(agendaItems.number), asc(actionItems.position))
      .all();
  }
}
