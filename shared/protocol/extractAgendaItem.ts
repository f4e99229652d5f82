import type { BodyPart } from './bodyPart';
import { extractBody } from './extractBody';
import { readTextAttr } from './readAttr';
import type { ProtocolItem } from './types';

/**
 * A paragraph (§) as structure from its parts: the title and presenter
 * (its first children; the attributes of a document stored before they
 * became shared text), then the body, whose decisions and action items are
 * lifted out, the other blocks become `text`, and with `withBlocks` also
 * `blocks`, the body in order for the exports.
 */
export function extractAgendaItem(
  attrs: Readonly<Record<string, unknown>>,
  parts: readonly BodyPart[],
  number: number,
  where: string,
  problems: string[],
  withBlocks = false,
): ProtocolItem {
  const heading = (type: string) => {
    const part = parts.find((candidate) => candidate.kind === 'node' && candidate.node.type.name === type);
    return part?.kind === 'node' ? part.node.textContent : null;
  };
  const title = (heading('agendaTitle') ?? readTextAttr(attrs, 'title', '', where, problems)).trim();
  const presenter = (heading('agendaPresenter') ?? readTextAttr(attrs, 'presenter', '', where, problems)).trim();
  const body = parts.filter((part) => part.kind !== 'node' || !HEADINGS.has(part.node.type.name));
  const { text, decisions, actionItems, blocks } = extractBody(body, where, problems, withBlocks);
  return { number, title, presenter, text, decisions, actionItems, ...(blocks ? { blocks } : {}) };
}

const HEADINGS = new Set(['agendaTitle', 'agendaPresenter']);
