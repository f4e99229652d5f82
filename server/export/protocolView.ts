import type { ApprovalRecord } from '../../shared/adjustment/types';
import { DUE_NEXT_MEETING, type AttendeeRole, type StructuredProtocol } from '../../shared/protocol/types';
import { adjustedLine } from './adjustedLine';
import { bodyView, type BodyPartView } from './bodyView';
import type { ExportInput } from './exportInput';
import { problemNotice, type ProblemNoticeView } from './problemNotice';
import { formatSwedishDate, stockholmDate } from './swedishDate';

/** One row of the header block: "Beslutande" and its lines. */
export interface HeaderRow {
  label: string;
  lines: string[];
}

/** A signature column: "Ordförande", the names and, once adjusted, how each approved. */
export interface SignatureView {
  label: string;
  names: string[];
  adjustedLines: string[];
}

export interface CorrectionView {
  heading: string;
  what: string;
  why: string;
}

/**
 * What every export format shows, in Swedish, derived once from the
 * structured protocol and its adjustment; a format only lays it out.
 */
export interface ProtocolView {
  title: string;
  bodyName: string;
  kindLabel: string;
  /** "11 februari 2022", or '' when the meeting has no date. */
  dateText: string;
  header: HeaderRow[];
  /** Set when parts of the document did not fit the schema; shown before the body. */
  problemNotice: ProblemNoticeView | null;
  /** Each § and, in its place, the content outside them. */
  body: BodyPartView[];
  nextMeeting: string | null;
  signatures: SignatureView[];
  /** "Justerat digitalt …" and the checksum; null for a draft. */
  adjustment: { lines: string[]; sha256: string; protocolSha256: string; adjustedAt: string } | null;
  corrections: CorrectionView[];
  /** "Skol- och utbildningschefer · 11 februari 2022 · § 18–32" */
  footer: string;
  draft: boolean;
  /** "§ 18–32", or '' without items. */
  rangeText: string;
}

const ROLE_NAMES: Record<AttendeeRole, string> = {
  ordforande: 'ordförande',
  vice_ordforande: 'vice ordförande',
  sekreterare: 'sekreterare',
  justerare: 'justerare',
  foredragande: 'föredragande',
  ledamot: '',
  ovrig: '',
};

type Attendee = StructuredProtocol['attendees'][number];

const attendeeLine = (a: Attendee) =>
  [a.organization ? `${a.name}, ${a.organization}` : a.name, ROLE_NAMES[a.role] ? ` (${ROLE_NAMES[a.role]})` : ''].join('');

/** "Till nästa möte", "10 mars 2022" or the text as given. */
export function dueText(due: string): string {
  if (due === DUE_NEXT_MEETING) return 'Till nästa möte';
  return formatSwedishDate(due);
}

/** Builds the view of one export input. */
export function protocolView({ protocol, adjustment, corrections }: ExportInput): ProtocolView {
  const { meeting, attendees } = protocol;
  const notes = meeting.kind === 'notes';
  const bodyName = meeting.body?.trim() || meeting.title;
  const dateText = meeting.startsAt ? formatSwedishDate(meeting.startsAt) : '';
  const range = meeting.paragraphRange;
  const rangeText = !range ? '' : notes ? `${range.first}–${range.last}` : range.first === range.last ? `§ ${range.first}` : `§ ${range.first}–${range.last}`;
  const names = (role: AttendeeRole) => attendees.filter((a) => a.role === role).map((a) => a.name);
  const by = (presence: Attendee['presence']) => attendees.filter((a) => a.presence === presence).map(attendeeLine);

  const when = [meeting.startsAt ? capitalise(formatSwedishDate(meeting.startsAt, { weekday: true })) : '', meeting.place ?? ''].filter(Boolean).join(', ');
  const header: HeaderRow[] = [
    { label: 'Tid och plats', lines: when ? [when] : [] },
    { label: notes ? 'Deltog' : 'Beslutande', lines: by('present') },
    { label: notes ? 'Deltog ej' : 'Ej närvarande', lines: by('absent') },
    { label: 'Övriga deltagande', lines: by('other') },
    ...(notes ? [] : [{ label: 'Utses att justera', lines: names('justerare') }]),
    { label: 'Sekreterare', lines: names('sekreterare') },
    ...(range && !notes ? [{ label: range.first === range.last ? 'Paragraf' : 'Paragrafer', lines: [`${range.first}–${range.last}`.replace(/^(\d+)–\1$/u, '$1')] }] : []),
  ].filter((row) => row.lines.length > 0);

  const approvals = latestApprovals(adjustment?.approvals ?? []);
  const approvedLines = (role: ApprovalRecord['role']) =>
    approvals.filter((a) => a.role === role).map(adjustedLine);
  const signatures: SignatureView[] = notes
    ? [{ label: 'Vid anteckningarna', names: names('sekreterare'), adjustedLines: [] }]
    : [
        { label: 'Sekreterare', names: names('sekreterare'), adjustedLines: [] },
        { label: 'Ordförande', names: union(names('ordforande'), approvals.filter((a) => a.role === 'chair').map((a) => a.name)), adjustedLines: approvedLines('chair') },
        { label: 'Justerande', names: union(names('justerare'), approvals.filter((a) => a.role === 'adjuster').map((a) => a.name)), adjustedLines: approvedLines('adjuster') },
      ];

  const next = protocol.nextMeeting;
  return {
    title: meeting.title,
    bodyName,
    kindLabel: notes ? 'MINNESANTECKNINGAR' : 'PROTOKOLL',
    dateText,
    header,
    problemNotice: problemNotice(protocol.problems),
    body: bodyView(protocol),
    nextMeeting: next
      ? [next.date ? formatSwedishDate(next.date) : '', next.time ? `kl. ${next.time.replace(':', '.')}` : '', next.place].filter(Boolean).join(', ')
      : null,
    signatures,
    adjustment: adjustment
      ? {
          adjustedAt: adjustment.adjustedAt,
          sha256: adjustment.sha256,
          protocolSha256: adjustment.protocolSha256,
          lines: [`Protokollet justerades digitalt ${formatSwedishDate(stockholmDate(adjustment.adjustedAt))} av ${adjustment.adjustedBy}.`],
        }
      : null,
    corrections: adjustment
      ? corrections.map((c) => ({ heading: `Rättelse ${formatSwedishDate(stockholmDate(c.at))}, ${c.author}`, what: c.what, why: c.why }))
      : [],
    footer: [bodyName, dateText, rangeText].filter(Boolean).join(' · '),
    draft: meeting.state !== 'adjusted' || adjustment === null,
    rangeText,
  };
}

/** The approvals of the last review round: earlier rounds were declined and do not count. */
function latestApprovals(approvals: ApprovalRecord[]): ApprovalRecord[] {
  const round = Math.max(0, ...approvals.map((a) => a.round));
  return approvals.filter((a) => a.round === round && a.decision === 'approved');
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
