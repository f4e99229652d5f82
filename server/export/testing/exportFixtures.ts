import type { AdjustmentRecord, Correction } from '../../../shared/adjustment/types';
import { buildMeetingDoc } from '../../../shared/protocol/buildMeetingDoc';
import { extractProtocol, type MeetingRecord } from '../../../shared/protocol/extractProtocol';
import { actionItemJson, agendaItemJson, docJson, paragraphJson, tableJson } from '../../../shared/protocol/nodeJson';
import { fixtureProtocol, fixtureProtocolDoc } from '../../../shared/protocol/testing/fixtureProtocol';
import type { MeetingState } from '../../../shared/meetingKind';
import type { ExportInput } from '../exportInput';

const record = (state: MeetingState): MeetingRecord => ({
  id: 'fixture',
  title: 'Skolchefer februari',
  kind: 'protocol',
  body: null,
  startsAt: null,
  place: null,
  state,
  firstParagraph: 1,
});

export const FIXTURE_ADJUSTMENT: AdjustmentRecord = {
  adjustedAt: '2022-02-14T09:15:00.000Z',
  adjustedBy: 'Zophia Zander Norell, Katarina Lindberg',
  sha256: '3f2a9c'.padEnd(64, '0'),
  protocolSha256: '7be41d'.padEnd(64, '1'),
  approvals: [
    {
      name: 'Zophia Zander Norell',
      organization: 'Tibro',
      role: 'adjuster',
      verification: { method: 'personal-link', attendeeId: 'a-zophia', email: 'zophia@tibro.se', issuer: null, subject: null },
      decision: 'approved',
      reason: null,
      at: '2022-02-14T08:02:00.000Z',
      round: 1,
    },
    {
      name: 'Katarina Lindberg',
      organization: 'Skövde',
      role: 'chair',
      verification: { method: 'oidc', attendeeId: 'a-katarina', email: 'katarina@skovde.se', issuer: 'https://login.skovde.se', subject: 'k-41' },
      decision: 'approved',
      reason: null,
      at: '2022-02-14T09:15:00.000Z',
      round: 1,
    },
  ],
};

export const FIXTURE_CORRECTION: Correction = {
  id: 1,
  author: 'Hillevi Larsson',
  role: 'secretary',
  at: '2022-02-16T10:00:00.000Z',
  what: '§ 30: konferensen är i Margaretasalen, inte i Mössebergssalen',
  why: 'Fel lokal angiven vid mötet',
};

/** The fixture protocol (§ 18–32) as a draft export input. */
export function fixtureDraftInput(): ExportInput {
  return { protocol: extractProtocol(fixtureProtocolDoc(), record('draft'), { blocks: true }), adjustment: null, corrections: [] };
}

/** The fixture protocol adjusted by the chair and the adjuster, with one correction. */
export function fixtureAdjustedInput(): ExportInput {
  return {
    protocol: extractProtocol(fixtureProtocolDoc(), record('adjusted'), { blocks: true }),
    adjustment: FIXTURE_ADJUSTMENT,
    corrections: [FIXTURE_CORRECTION],
  };
}

/** Text that must come out inert in every format. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  img: '<img src=x onerror=alert(1)>',
  formula: '=HYPERLINK("http://evil.example","klick")',
  jsHref: 'javascript:alert(document.cookie)',
} as const;

/** A small protocol full of hostile content and Swedish letters. */
export function hostileInput(): ExportInput {
  const doc = buildMeetingDoc({
    meta: { bodyName: 'Styrelsen <b>åäö</b>', kind: 'protocol', startsAt: '2024-05-02T18:00', place: 'Rådhuset & "Salen"', firstParagraph: 1, nextMeeting: { date: '2024-06-01', time: '18:00', place: `Ö-huset; ${HOSTILE.script}` } },
    attendees: [{ name: `Åsa Öberg ${HOSTILE.img}`, organization: 'Älvdalen', role: 'ordforande', presence: 'present' }],
    body: docJson(
      agendaItemJson(`Titel ${HOSTILE.script}`, [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Klicka ' },
            { type: 'text', text: 'här', marks: [{ type: 'link', attrs: { href: HOSTILE.jsHref } }] },
            { type: 'text', text: ` ${HOSTILE.img} ÅÄÖ åäö é` },
          ],
        },
        paragraphJson('| pipe | and *stars* _under_ [link](javascript:x) #'),
        tableJson(['A|B', HOSTILE.script], [[HOSTILE.img, 'ÅÄÖ']]),
        actionItemJson({ assignee: `@${HOSTILE.formula}`, task: HOSTILE.formula, due: '2024-05-30' }),
        actionItemJson({ assignee: '-1+1', task: '+SUM(A1)\tinjected', due: '' }),
      ]),
    ),
  });
  return { protocol: extractProtocol(doc, { ...record('draft'), title: 'Hostile <i>title</i>' }, { blocks: true }), adjustment: null, corrections: [] };
}

/** A generated protocol of about `pages` A4 pages: the fixture's items repeated. */
export function longProtocolInput(pages = 100): ExportInput {
  const content = fixtureProtocol();
  const items = (content.body.content ?? []).filter((node) => node.type === 'agendaItem');
  // The fixture has ~7 pages of paragraphs; repeat them until the protocol is ~`pages` long.
  const repeats = Math.max(1, Math.ceil(pages / 7));
  const body = docJson(...Array.from({ length: repeats }, () => items).flat());
  const doc = buildMeetingDoc({ ...content, body });
  return { protocol: extractProtocol(doc, record('draft'), { blocks: true }), adjustment: null, corrections: [] };
}
