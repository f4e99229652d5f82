import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase';
import { attendeeEmails } from '../db/schema';

/** The server's own record of attendees' e-mail addresses (see the table's comment for why not in the document). */
export class AttendeeEmailStore {
  constructor(private readonly db: Db) {}

  /** Every address of a meeting's attendees, by attendee id. */
  byAttendee(meetingId: string): Map<string, string> {
    const rows = this.db.select({ attendeeId: attendeeEmails.attendeeId, email: attendeeEmails.email }).from(attendeeEmails).where(eq(attendeeEmails.meetingId, meetingId)).all();
    return new Map(rows.map((row) => [row.attendeeId, row.email]));
  }

  /** Sets (or, with null, removes) one attendee's address. */
  set(meetingId: string, attendeeId: string, email: string | null): void {
    this.db.transaction((tx) => {
      tx.delete(attendeeEmails)
        .where(and(eq(attendeeEmails.meetingId, meetingId), eq(attendeeEmails.attendeeId, attendeeId)))
        .run();
      if (email !== null) tx.insert(attendeeEmails).values({ meetingId, attendeeId, email }).run();
    });
  }
}
