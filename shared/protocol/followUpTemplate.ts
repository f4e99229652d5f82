import type { JSONContent } from '@tiptap/core';
import type { MeetingKind } from '../meetingKind';
import { actionItemJson, paragraphJson } from './nodeJson';
import { FOLLOW_UP_TITLE, templateBody } from './templates';
import type { ProtocolActionItem } from './types';
import { jsonAgendaTitle } from '../editor/nodes/headingJson';

/**
 * The body of the next meeting in a series: the kind's template with the
 * previous meeting's open action items listed at the top of its follow-up
 * item ("Förra mötets protokoll"; in notes the first item), so they are
 * gone through before anything is decided.
 */
export function followUpTemplate(kind: MeetingKind, openActionItems: readonly ProtocolActionItem[]): JSONContent {
  const body = templateBody(kind);
  if (openActionItems.length === 0) return body;
  const items = body.content ?? [];
  const followUp = items.find((node) => node.type === 'agendaItem' && jsonAgendaTitle(node) === FOLLOW_UP_TITLE[kind]) ?? items[0];
  if (!followUp) return body;
  const listed = openActionItems.map((item) => actionItemJson({ ...item, status: 'open' }));
  const [title, presenter, ...existing] = followUp.content ?? [];
  const lines = existing.filter((node) => !(node.type === 'paragraph' && !node.content));
  followUp.content = [title ?? {}, presenter ?? {}, paragraphJson('Uppdrag från förra mötet:'), ...listed, ...lines];
  return body;
}
