import { useCallback, useEffect, useState } from 'react';
import type { AttendeeView, PersonalInviteResponse } from '../../shared/api/attendees';
import { issuePersonalInvite, listAttendeeViews, setAttendeeEmail, withdrawPersonalInvite } from '../api/attendeesApi';

/** What the secretary manages per attendee beside the shared list: e-mail and the personal invitation. */
export interface PersonalInvites {
  /** By attendee id; an attendee just added may not be here until the next refresh. */
  views: ReadonlyMap<string, AttendeeView>;
  /** Links issued in this page, by attendee id: a link is shown once, the server keeps only its hash. */
  fresh: ReadonlyMap<string, PersonalInviteResponse>;
  issue(attendeeId: string): Promise<void>;
  withdraw(attendeeId: string): Promise<void>;
  setEmail(attendeeId: string, email: string | null): Promise<void>;
  refresh(): void;
}

/**
 * The secretary's side of the attendee list. Reloaded when the list of ids
 * changes, so a person added in the panel can be invited at once. Only
 * the secretary's (`enabled`): the server refuses everyone else.
 */
export function usePersonalInvites(meetingId: string, attendeeIds: string, enabled: boolean): PersonalInvites {
  const [views, setViews] = useState<ReadonlyMap<string, AttendeeView>>(new Map());
  const [fresh, setFresh] = useState<ReadonlyMap<string, PersonalInviteResponse>>(new Map());
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    listAttendeeViews(meetingId, controller.signal).then(
      (list) => setViews(new Map(list.map((view) => [view.id, view]))),
      // A failed load leaves the last list; the actions report their own errors.
      () => undefined,
    );
    return () => controller.abort();
  }, [meetingId, attendeeIds, generation, enabled]);

  const issue = useCallback(
    async (attendeeId: string) => {
      const invite = await issuePersonalInvite(meetingId, attendeeId);
      setFresh((current) => new Map(current).set(attendeeId, invite));
      refresh();
    },
    [meetingId, refresh],
  );
  const withdraw = useCallback(
    async (attendeeId: string) => {
      await withdrawPersonalInvite(meetingId, attendeeId);
      setFresh((current) => {
        const next = new Map(current);
        next.delete(attendeeId);
        return next;
      });
      refresh();
    },
    [meetingId, refresh],
  );
  const setEmail = useCallback(
    async (attendeeId: string, email: string | null) => {
      const view = await setAttendeeEmail(meetingId, attendeeId, email);
      setViews((current) => new Map(current).set(attendeeId, view));
    },
    [meetingId],
  );
  return { views, fresh, issue, withdraw, setEmail, refresh };
}
