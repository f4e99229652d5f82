import type { MeetingKind, MeetingState } from '../meetingKind';

/** Roles an attendee can hold in a meeting (protocol anatomy, part 2). */
export const ATTENDEE_ROLES = ['ordforande', 'vice_ordforande', 'sekreterare', 'justerare', 'foredragande', 'ledamot', 'ovrig'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/** Present (Beslutande/Deltog), absent (Ej närvarande/Deltog ej), or other attending (Övriga deltagande). */
export const PRESENCES = ['present', 'absent', 'other'] as const;
export type Presence = (typeof PRESENCES)[number];

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** `due` of an action item: an ISO date, this marker, or '' when not set. */
export const DUE_NEXT_MEETING = 'next-meeting';

export interface Attendee {
  id: string;
  name: string;
  organization: string;
  role: AttendeeRole;
  presence: Presence;
}

export interface NextMeeting {
  date: string;
  time: string;
  place: string;
}

/** Meeting data kept in the Y.Doc beside the body, edited live by everyone. */
export interface MeetingMeta {
  bodyName: string;
  kind: MeetingKind;
  startsAt: string;
  place: string;
  firstParagraph: number;
  nextMeeting: NextMeeting;
}

export interface ProtocolDecision {
  /** 1-based within its paragraph: "§ 20, beslut 1". */
  number: number;
  leadIn: string;
  clauses: string[];
  text: string;
}

export interface ProtocolActionItem {
  assignee: string;
  task: string;
  due: string;
  status: ActionStatus;
}

/** A run of text with its marks; `href` only when the link is http, https or mailto. */
export interface ProtocolInline {
  text: string;
  bold?: true;
  italic?: true;
  href?: string;
}

/**
 * A body block of a paragraph (§) with the structure an export lays out.
 * Decisions and action items stand where they are in the body and point
 * into the item's `decisions` and `actionItems` by index.
 */
export type ProtocolBlock =
  | { type: 'paragraph'; inlines: ProtocolInline[] }
  | { type: 'heading'; level: number; inlines: ProtocolInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ProtocolBlock[][] }
  | { type: 'table'; rows: { cells: { header: boolean; blocks: ProtocolBlock[] }[] }[] }
  | { type: 'decision'; index: number }
  | { type: 'actionItem'; index: number }
  /** A part that does not fit the schema where it stands: its text, kept so nothing is lost; exports mark it (see `problems`). */
  | { type: 'unstructured'; text: string };

export interface ProtocolItem {
  number: number;
  title: string;
  presenter: string;
  text: string;
  decisions: ProtocolDecision[];
  actionItems: ProtocolActionItem[];
  /** The body in order with its structure; only when asked for (exports), never on GET /protocol. */
  blocks?: ProtocolBlock[];
}

/**
 * Content outside any paragraph (§): a run of top-level blocks before the
 * first §, between two or after the last, kept in its place. Decisions and
 * action items belong inside a § by the schema; one found here is kept too
 * (and listed in `problems`), numbered within its run.
 */
export interface ProtocolLoose {
  /** How many paragraphs (§) come before it: 0 before the first, `items.length` after the last. */
  itemsBefore: number;
  text: string;
  decisions: ProtocolDecision[];
  actionItems: ProtocolActionItem[];
  /** As on ProtocolItem: only when asked for (exports). */
  blocks?: ProtocolBlock[];
}

/** GET /api/meetings/:id/protocol: the structured protocol (wire contract). */
export interface StructuredProtocol {
  meeting: {
    id: string;
    title: string;
    kind: MeetingKind;
    body: string | null;
    startsAt: string | null;
    place: string | null;
    state: MeetingState;
    firstParagraph: number;
    /** First and last paragraph number ("Paragrafer 18–32"); null without items. */
    paragraphRange: { first: number; last: number } | null;
  };
  attendees: Omit<Attendee, 'id'>[];
  items: ProtocolItem[];
  /** Content outside any § in document order; runs with no text are left out. */
  loose: ProtocolLoose[];
  nextMeeting: NextMeeting | null;
  /** Parts of the document that did not fit the schema: how each was kept (as plain text, in its place) or that it was lost. */
  problems: string[];
}
