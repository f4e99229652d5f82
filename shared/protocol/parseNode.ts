import type { Node as PMNode, Schema } from '@tiptap/pm/model';

export type ParsedNode = { ok: true; node: PMNode } | { ok: false; error: string };

/** Reads ProseMirror JSON as a node of the schema and checks its content, marks and attributes; never throws. */
export function parseNode(schema: Schema, json: unknown): ParsedNode {
  try {
    // nodeFromJSON rejects unknown types, marks and non-text text; check() rejects content the schema does not allow.
    const node = schema.nodeFromJSON(json);
    node.check();
    return { ok: true, node };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The `type` of a ProseMirror JSON node, or '' when it has none. */
export function jsonNodeType(json: unknown): string {
  if (typeof json !== 'object' || json === null || !('type' in json)) return '';
  return typeof json.type === 'string' ? json.type : '';
}

/** "a decision", "an actionItem": a node type named in a problem. */
export function aNode(type: string): string {
  return `${/^[aeiou]/iu.test(type) ? 'an' : 'a'} ${type}`;
}
