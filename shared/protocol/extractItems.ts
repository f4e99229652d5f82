import type { Node as PMNode } from '@tiptap/pm/model';
import type { MeetingKind } from '../meetingKind';
import { extractAgendaItem } from './extractAgendaItem';
import { agendaItemNumbers, paragraphLabel } from './numbering';
import { jsonNodeType, parseNode } from './parseNode';
import { protocolSchema } from './protocolSchema';
import type { ProtocolItem } from './types';

/**
 * The paragraphs (§) of a body given as top-level ProseMirror JSON nodes.
 * Each node is checked against the shared schema. One that does not fit is
 * skipped and reported, except an agendaItem: the editor shows and numbers
 * it anyway, so its own attributes and the body blocks that do fit are kept
 * and only the rest is skipped; the numbers then match what people see.
 * Valid blocks between paragraphs (section headings) belong to no item.
 */
export function extractItems(
  children: readonly unknown[],
  firstParagraph: number,
  kind: MeetingKind,
  problems: string[],
  withBlocks = false,
): ProtocolItem[] {
  const schema = protocolSchema();
  const top = schema.topNodeType.contentMatch;
  const numbers = agendaItemNumbers(children.map((child) => ({ type: jsonNodeType(child) })), firstParagraph);
  const items: ProtocolItem[] = [];
  children.forEach((child, index) => {
    const number = numbers[index] ?? null;
    if (number !== null) {
      items.push(agendaItemFromJson(child, number, paragraphLabel(kind, number), problems, withBlocks));
      return;
    }
    const where = `body › ${index + 1} (${jsonNodeType(child) || 'no type'})`;
    const parsed = parseNode(schema, child);
    if (!parsed.ok) problems.push(`${where}: skipped, does not fit the schema: ${parsed.error}`);
    else if (!top.matchType(parsed.node.type)) problems.push(`${where}: skipped, a ${parsed.node.type.name} belongs inside a paragraph (§)`);
  });
  return items;
}

function agendaItemFromJson(json: unknown, number: number, where: string, problems: string[], withBlocks: boolean): ProtocolItem {
  const schema = protocolSchema();
  const parsed = parseNode(schema, json);
  if (parsed.ok) return extractAgendaItem(parsed.node.attrs, parsed.node.children, number, where, problems, withBlocks);

  const record = json as { attrs?: unknown; content?: unknown };
  const attrs = isRecord(record.attrs) ? record.attrs : {};
  if (record.attrs !== undefined && !isRecord(record.attrs)) problems.push(`${where}: attributes unreadable, read as empty`);
  const content: unknown[] = Array.isArray(record.content) ? record.content : [];
  const allowed = schema.nodes.agendaItem!.contentMatch;
  const blocks: PMNode[] = [];
  content.forEach((blockJson, index) => {
    const block = parseNode(schema, blockJson);
    const at = `${where} › block ${index + 1} (${jsonNodeType(blockJson) || 'no type'})`;
    if (!block.ok) problems.push(`${at}: skipped, does not fit the schema: ${block.error}`);
    else if (!allowed.matchType(block.node.type)) problems.push(`${at}: skipped, a ${block.node.type.name} does not belong inside a paragraph (§)`);
    else blocks.push(block.node);
  });
  if (blocks.length === content.length) problems.push(`${where}: does not fit the schema (${parsed.error}); read what fits`);
  return extractAgendaItem(attrs, blocks, number, where, problems, withBlocks);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
