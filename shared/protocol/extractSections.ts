import type { NodeType } from '@tiptap/pm/model';
import type { MeetingKind } from '../meetingKind';
import { agendaItemFromJson } from './agendaItemFromJson';
import { nodePart, type BodyPart } from './bodyPart';
import { extractBody } from './extractBody';
import { agendaItemNumbers, paragraphLabel } from './numbering';
import { aNode, jsonNodeType, parseNode } from './parseNode';
import { protocolSchema } from './protocolSchema';
import type { ProtocolItem, ProtocolLoose } from './types';
import { unstructuredPart } from './unstructuredPart';

export interface ExtractedSections {
  items: ProtocolItem[];
  loose: ProtocolLoose[];
}

/**
 * The paragraphs (§) of a body given as top-level ProseMirror JSON nodes,
 * and what stands outside them (text before the first §, section headings
 * between two), in its place. Each node is checked against the shared
 * schema; whatever does not fit is kept as well as it can be and reported,
 * so that no word of the document is lost without a word in `problems`.
 */
export function extractSections(children: readonly unknown[], firstParagraph: number, kind: MeetingKind, problems: string[], withBlocks = false): ExtractedSections {
  const numbers = agendaItemNumbers(children.map((child) => ({ type: jsonNodeType(child) })), firstParagraph);
  const sections: ExtractedSections = { items: [], loose: [] };
  let run: BodyPart[] = [];
  let runStart = 0;
  const endRun = () => {
    if (run.length > 0) {
      const body = extractBody(run, `body › ${runStart + 1}`, problems, withBlocks);
      if (body.text || body.decisions.length > 0 || body.actionItems.length > 0) sections.loose.push({ itemsBefore: sections.items.length, ...body });
    }
    run = [];
  };
  children.forEach((child, index) => {
    const number = numbers[index] ?? null;
    if (number !== null) {
      endRun();
      sections.items.push(agendaItemFromJson(child, number, paragraphLabel(kind, number), problems, withBlocks));
      return;
    }
    if (run.length === 0) runStart = index;
    const part = topLevelPart(child, `body › ${index + 1} (${jsonNodeType(child) || 'no type'})`, problems);
    if (part) run.push(part);
  });
  endRun();
  return sections;
}

/** A top-level node outside any §: a block as it is, a decision or action item kept where it stands, anything else as plain text. */
function topLevelPart(json: unknown, where: string, problems: string[]): BodyPart | null {
  const schema = protocolSchema();
  const parsed = parseNode(schema, json);
  if (!parsed.ok) return unstructuredPart(json, `${where}: does not fit the schema: ${parsed.error}`, problems);
  const type: NodeType = parsed.node.type;
  if (schema.topNodeType.contentMatch.matchType(type)) return nodePart(parsed.node);
  if (type.name === 'decision' || type.name === 'actionItem') {
    // The schema puts these inside a §; one found here (written by a client with another schema) still reads as one, so it is kept as one.
    problems.push(`${where}: ${aNode(type.name)} belongs inside a paragraph (§); kept where it stands`);
    return nodePart(parsed.node);
  }
  return unstructuredPart(json, `${where}: ${aNode(type.name)} does not belong outside a paragraph (§)`, problems);
}
