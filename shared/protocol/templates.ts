import type { JSONContent } from '@tiptap/core';
import type { MeetingKind } from '../meetingKind';
import { agendaItemJson, decisionJson, docJson, paragraphJson } from './nodeJson';

/** Templates a new meeting's document can start from. */
export const TEMPLATE_NAMES = ['protocol', 'notes', 'empty'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** The template a meeting of this kind starts from unless another is asked for. */
export function defaultTemplate(kind: MeetingKind): TemplateName {
  return kind;
}

/** Title of the item where the previous meeting's open action items are followed up. */
export const FOLLOW_UP_TITLE: Record<MeetingKind, string> = {
  protocol: 'Förra mötets protokoll',
  notes: 'Uppföljning från förra mötet',
};

/**
 * "Protokoll": the standing items of a Swedish meeting protocol, with the
 * decisions a secretary writes in almost every meeting already drafted
 * ("…" marks what to fill in). Substantive items go between "Förra mötets
 * protokoll" and "Övriga frågor".
 */
function protocolTemplate(): JSONContent {
  return docJson(
    agendaItemJson('Mötets öppnande', [paragraphJson('Ordföranden öppnar mötet.')]),
    agendaItemJson('Val av justerare', [decisionJson(['utse … att jämte ordföranden justera dagens protokoll.'])]),
    agendaItemJson('Godkännande av dagordning', [decisionJson(['godkänna dagordningen.'])]),
    agendaItemJson(FOLLOW_UP_TITLE.protocol, [decisionJson(['lägga förra mötets protokoll till handlingarna.'])]),
    agendaItemJson('Övriga frågor'),
    agendaItemJson('Nästa möte'),
    agendaItemJson('Mötets avslutande', [paragraphJson('Ordföranden avslutar mötet.')]),
  );
}

/** "Minnesanteckningar": numbered discussion items of a network meeting, follow-up first. */
function notesTemplate(): JSONContent {
  return docJson(
    agendaItemJson(FOLLOW_UP_TITLE.notes),
    agendaItemJson('Laget runt'),
    agendaItemJson('Övriga frågor'),
    agendaItemJson('Nästa möte'),
  );
}

/** The body of a template as ProseMirror JSON of the shared schema (a fresh copy each call). */
export function templateBody(name: TemplateName): JSONContent {
  switch (name) {
    case 'protocol':
      return protocolTemplate();
    case 'notes':
      return notesTemplate();
    case 'empty':
      return docJson(paragraphJson());
  }
}
