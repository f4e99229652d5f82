import type { BodyPart } from './bodyPart';
import { extractBody } from './extractBody';
import type { ProtocolItem } from './types';

/**
 * A paragraph (§) as structure from its parts: the title and presenter (its
 * first children; readBodyJson has already given a document of the older
 * shape those), then the body, whose decisions and action items are lifted
 * out, the other blocks become `text`, and with `withBlocks` also `blocks`,
 * the body in order for the exports.
 */
export function extractAgendaItem(parts: readonly BodyPart[], number: number, where: string, problems: string[], withBlocks = false): ProtocolItem {
  const heading = (type: string) => {
    const part = parts.find((candidate) => candidate.kind === 'node' && candidate.node.type.name === type);
    return part?.kind === 'node' ? part.node.textContent.trim() : '';
  };
  const body = parts.filter((part) => part.kind !== 'node' || !HEADINGS.has(part.node.type.name));
  const { text, decisions, actionItems, blocks } = extractBody(body, where, problems, withBlocks);
  return { number, title: heading('agendaTitle'), presenter: heading('agendaPresenter'), text, decisions, actionItems, ...(blocks ? { blocks } : {}) };
}

const HEADINGS = new Set(['agendaTitle', 'agendaPresenter']);
