import { nodePart, type BodyPart } from './bodyPart';
import { extractAgendaItem } from './extractAgendaItem';
import { aNode, jsonNodeType, parseNode } from './parseNode';
import { protocolSchema } from './protocolSchema';
import type { ProtocolItem } from './types';
import { unstructuredPart } from './unstructuredPart';

/**
 * A paragraph (§) from its ProseMirror JSON. One that does not fit the
 * schema is still read, since the editor shows and numbers it anyway: its
 * title, presenter and the body blocks that fit are kept, the others as plain
 * text in their place, each reported; the numbers then match what people see.
 */
export function agendaItemFromJson(json: unknown, number: number, where: string, problems: string[], withBlocks: boolean): ProtocolItem {
  const schema = protocolSchema();
  const parsed = parseNode(schema, json);
  if (parsed.ok) return extractAgendaItem(parsed.node.children.map(nodePart), number, where, problems, withBlocks);

  const record = json as { attrs?: unknown; content?: unknown };
  if (record.attrs !== undefined && !isRecord(record.attrs)) problems.push(`${where}: attributes unreadable, read as empty`);
  const content: unknown[] = Array.isArray(record.content) ? record.content : [];
  // The body's blocks are checked where the body starts, after the title and presenter.
  const headings = new Set(['agendaTitle', 'agendaPresenter']);
  const start = schema.nodes.agendaItem!.contentMatch;
  const allowed = start.matchType(schema.nodes.agendaTitle!)?.matchType(schema.nodes.agendaPresenter!) ?? start;
  const parts: BodyPart[] = [];
  let misfits = 0;
  content.forEach((blockJson, index) => {
    const block = parseNode(schema, blockJson);
    const at = `${where} › block ${index + 1} (${jsonNodeType(blockJson) || 'no type'})`;
    let part: BodyPart | null;
    if (!block.ok) part = unstructuredPart(blockJson, `${at}: does not fit the schema: ${block.error}`, problems);
    else if (headings.has(block.node.type.name)) part = nodePart(block.node);
    else if (!allowed.matchType(block.node.type)) part = unstructuredPart(blockJson, `${at}: ${aNode(block.node.type.name)} does not belong inside a paragraph (§)`, problems);
    else part = nodePart(block.node);
    if (part?.kind !== 'node') misfits++;
    if (part) parts.push(part);
  });
  if (misfits === 0) problems.push(`${where}: does not fit the schema (${parsed.error}); read what fits`);
  return extractAgendaItem(parts, number, where, problems, withBlocks);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
