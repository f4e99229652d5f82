import * as Y from 'yjs';
import { DEFAULT_DECISION_LEAD_IN } from '../editor/nodes/decision';

/**
 * Documents stored before 2026-12 kept a paragraph's (§) title and presenter
 * and a decision's lead-in as attributes. These convert that shape to the
 * current one, where they are the nodes' first children, shared text:
 * `headingsAsTextJson` for reading (extraction, exports: a locked protocol
 * is read in its stored shape and never rewritten), `convertHeadingsToText`
 * for the server to convert a live document once, when its room loads.
 */
export function headingsAsTextJson(node: unknown): unknown {
  if (!isRecord(node) || !Array.isArray(node.content)) return node;
  const content = node.content as unknown[];
  const attrs = isRecord(node.attrs) ? node.attrs : {};
  if (node.type === 'agendaItem' && !startsWith(content, 'agendaTitle')) {
    const { title, presenter, ...rest } = attrs;
    return {
      ...node,
      attrs: rest,
      content: [textJson('agendaTitle', title), textJson('agendaPresenter', presenter), ...content.map(headingsAsTextJson)],
    };
  }
  if (node.type === 'agendaItem') return { ...node, content: content.map(headingsAsTextJson) };
  if (node.type === 'decision' && !startsWith(content, 'decisionLeadIn')) {
    const { leadIn, ...rest } = attrs;
    return { ...node, attrs: rest, content: [textJson('decisionLeadIn', typeof leadIn === 'string' ? leadIn : DEFAULT_DECISION_LEAD_IN), ...content] };
  }
  return node;
}

/** Converts the body of a live document in place; returns how many paragraphs (§) and decisions changed. */
export function convertHeadingsToText(body: Y.XmlFragment): number {
  let converted = 0;
  const upgrade = (element: Y.XmlElement, heading: string[], attributes: string[], fallback: string[]) => {
    const first = element.get(0);
    if (first instanceof Y.XmlElement && first.nodeName === heading[0]) return;
    const children = heading.map((name, index) => {
      const child = new Y.XmlElement(name);
      const value = element.getAttribute(attributes[index]!) as unknown;
      const text = typeof value === 'string' ? value.trim() : (fallback[index] ?? '');
      if (text) child.insert(0, [new Y.XmlText(text)]);
      return child;
    });
    element.insert(0, children);
    for (const attribute of attributes) element.removeAttribute(attribute);
    converted++;
  };
  body.doc?.transact(() => {
    for (const child of body.toArray()) {
      if (!(child instanceof Y.XmlElement) || child.nodeName !== 'agendaItem') continue;
      upgrade(child, ['agendaTitle', 'agendaPresenter'], ['title', 'presenter'], ['', '']);
      for (const block of child.toArray()) {
        if (block instanceof Y.XmlElement && block.nodeName === 'decision') upgrade(block, ['decisionLeadIn'], ['leadIn'], [DEFAULT_DECISION_LEAD_IN]);
      }
    }
  });
  return converted;
}

function startsWith(content: unknown[], type: string): boolean {
  const first = content[0];
  return isRecord(first) && first.type === type;
}

function textJson(type: string, value: unknown): Record<string, unknown> {
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? { type, content: [{ type: 'text', text }] } : { type };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
