import { sameEmail } from '../people/sameEmail';
import { and, eq, sql } from 'drizzle-orm';
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

  /** The attendees (meeting and attendee id) whose address is this one, compared trimmed and case-insensitively. */
  meetingsOf(email: string): { meetingId: string; attendeeId: string }[] {
    const wanted = email.trim().toLowerCase();
    if (wanted === '') return [];
    // SQLite's lower() folds only ASCII; the few addresses with other letters are compared again in JS.
    return this.db
      .select({ meetingId: attendeeEmails.meetingId, attendeeId: attendeeEmails.attendeeId, email: attendeeEmails.email })
      .from(attendeeEmails)
      .where(sql`lower(trim(${attendeeEmails.email})) = ${wanted} or ${attendeeEmails.email} glob '*[^ -~]*'`)
      .all()
      .filter((row) => sameEmail(row.email, wanted))
      .map(({ meetingId, attendeeId }) => ({ meetingId, attendeeId }));
  }
}
