/** The two kinds of document the editor writes (see protocol anatomy). */
export const MEETING_KINDS = ['protocol', 'notes'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Lifecycle of a meeting's document. */
export const MEETING_STATES = ['draft', 'review', 'adjusted'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];
