import * as Y from 'yjs';
import { DEFAULT_DECISION_LEAD_IN } from '../editor/nodes/decision';
import { readTextAttr } from './readAttr';

/**
 * Documents stored before 2026-12 kept a paragraph's (§) title and presenter
 * and a decision's lead-in as attributes. These convert that shape to the
 * current one, where they are the nodes' first children, shared text:
 * `headingsAsTextJson` for reading (extraction, exports: a locked protocol
 * is read in its stored shape and never rewritten; an attribute that is not
 * text reads as its default and is reported), `convertHeadingsToText`
 * for the server to convert a live document once, when its room loads.
 */
export function headingsAsTextJson(node: unknown, where: string, problems: string[]): unknown {
  if (!isRecord(node) || !Array.isArray(node.content)) return node;
  const content = node.content as unknown[];
  const attrs = isRecord(node.attrs) ? node.attrs : {};
  const text = (name: string, fallback: string) => readTextAttr(attrs, name, fallback, where, problems).trim();
  if (node.type === 'agendaItem') {
    const body = content.map((child, index) => headingsAsTextJson(child, `${where} › block ${index + 1}`, problems));
    if (startsWith(content, 'agendaTitle')) return { ...node, content: body };
    return { ...node, attrs: without(attrs, 'title', 'presenter'), content: [textJson('agendaTitle', text('title', '')), textJson('agendaPresenter', text('presenter', '')), ...body] };
  }
  if (node.type === 'decision' && !startsWith(content, 'decisionLeadIn')) {
    return { ...node, attrs: without(attrs, 'leadIn'), content: [textJson('decisionLeadIn', text('leadIn', DEFAULT_DECISION_LEAD_IN)), ...content] };
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

function without(attrs: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs).filter(([name]) => !names.includes(name)));
}

function startsWith(content: unknown[], type: string): boolean {
  const first = content[0];
  return isRecord(first) && first.type === type;
}

function textJson(type: string, text: string): Record<string, unknown> {
  return text ? { type, content: [{ type: 'text', text }] } : { type };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
