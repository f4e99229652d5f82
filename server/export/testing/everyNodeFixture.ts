import type { JSONContent } from '@tiptap/core';
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/protocol/docNames';
import { extractProtocol, type MeetingRecord } from '../../../shared/protocol/extractProtocol';
import { actionItemJson, agendaItemJson, decisionJson, docJson, headingJson, paragraphJson, tableJson } from '../../../shared/protocol/nodeJson';
import { protocolSchema } from '../../../shared/protocol/protocolSchema';
import { DUE_NEXT_MEETING } from '../../../shared/protocol/types';
import { writeMeta } from '../../../shared/protocol/yDocMeta';
import type { ExportInput } from '../exportInput';

const text = (value: string, ...marks: string[]): JSONContent => ({ type: 'text', text: value, ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}) });
const link = (value: string, href: string): JSONContent => ({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] });
const para = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const listItem = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });

/**
 * One of every block the editor can produce, its words tagged with `where`
 * ("före", "inuti", …) so a test can tell the places apart: marked text
 * with a hard break, headings of three levels, nested bullet and ordered
 * lists, a quote, a code block, a rule, a table, a decision and an action item.
 */
export function everyBlock(where: string): JSONContent[] {
  return [
    para(
      text(`Stycke ${where} med `),
      text('fetstil', 'bold'),
      text(', '),
      text('kursiv', 'italic'),
      text(', '),
      text('båda', 'bold', 'italic'),
      text(', '),
      text('genomstruken', 'strike'),
      text(', '),
      text('understruken', 'underline'),
      text(', '),
      text('kodord', 'code'),
      text(' och en '),
      link(`länk ${where}`, 'https://example.se/protokoll'),
      text('.'),
      { type: 'hardBreak' },
      text(`Ny rad ${where}.`),
    ),
    headingJson(`Rubrik ett ${where}`, 1),
    headingJson(`Rubrik två ${where}`, 2),
    headingJson(`Rubrik tre ${where}`, 3),
    {
      type: 'bulletList',
      content: [
        listItem(paragraphJson(`Punkt ${where} ett`)),
        listItem(paragraphJson(`Punkt ${where} två`), { type: 'orderedList', attrs: { start: 1 }, content: [listItem(paragraphJson(`Underpunkt ${where}`))] }),
      ],
    },
    { type: 'orderedList', attrs: { start: 3 }, content: [listItem(paragraphJson(`Tredje ${where}`)), listItem(paragraphJson(`Fjärde ${where}`))] },
    { type: 'blockquote', content: [paragraphJson(`Citat ${where} ur skrivelsen`)] },
    { type: 'codeBlock', content: [text(`kod ${where}\nandra kodraden`)] },
    { type: 'horizontalRule' },
    tableJson([`Kommun ${where}`, 'Plan'], [[`Götene ${where}`, ['Ja.', `Exempel ${where}.`]]]),
    decisionJson([`anta planen ${where}`, `ge uppdrag ${where}`], `Styrelsen beslutar ${where} att`),
    actionItemJson({ assignee: `Anna Ansvarig ${where}`, task: `Skriva remissvar ${where}`, due: DUE_NEXT_MEETING }),
  ];
}

/**
 * A body with every block inside a § and outside one: before the first §,
 * between the two, and after the last. The schema keeps decisions and action
 * items inside a §, but a client with another schema can write them outside
 * one, so this body is written without the schema check.
 */
export function everyNodeBody(): JSONContent {
  return docJson(
    ...everyBlock('före'),
    agendaItemJson('Mötets öppnande inuti', everyBlock('inuti'), 'Föredragande Fia'),
    ...everyBlock('mellan'),
    agendaItemJson('Andra punkten', [paragraphJson('Andra punktens text.')]),
    ...everyBlock('efter'),
  );
}

const RECORD: MeetingRecord = { id: 'every', title: 'Alla noder', kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 1 };

/**
 * A meeting's document holding `body` as written, whether or not the schema
 * allows it there; a top-level node of a type the schema does not know is
 * written as a bare element with its text, as a foreign client could.
 */
export function uncheckedDoc(body: JSONContent): Y.Doc {
  const schema = protocolSchema();
  const children = body.content ?? [];
  const known = (node: JSONContent) => node.type !== undefined && node.type in schema.nodes;
  const doc = new Y.Doc();
  doc.transact(() => {
    const fragment = doc.getXmlFragment(BODY_FRAGMENT);
    prosemirrorToYXmlFragment(schema.nodeFromJSON({ ...body, content: children.filter(known) }), fragment);
    children.forEach((node, index) => {
      if (!known(node)) fragment.insert(index, [bareElement(node)]);
    });
    writeMeta(doc, { bodyName: 'Nämnden', kind: 'protocol', firstParagraph: 1 });
  });
  return doc;
}

function bareElement(node: JSONContent): Y.XmlElement {
  const element = new Y.XmlElement(node.type ?? 'unknown');
  element.insert(
    0,
    (node.content ?? []).map((child) => (child.type === 'text' ? new Y.XmlText(child.text ?? '') : bareElement(child))),
  );
  return element;
}

/** The export input of `body` (by default every node, inside and outside a §), as a draft. */
export function everyNodeInput(body: JSONContent = everyNodeBody()): ExportInput {
  return { protocol: extractProtocol(uncheckedDoc(body), RECORD, { blocks: true }), adjustment: null, corrections: [] };
}

/**
 * The words a reader must find in an export of `body`: the text of every
 * text node and the typed attributes (§ title, presenter, lead-in, assignee).
 * Picked values (a due date, a status) are shown reworded and are left out.
 */
export function documentWords(body: JSONContent): string[] {
  const texts: string[] = [];
  const walk = (node: JSONContent) => {
    if (node.text) texts.push(node.text);
    for (const name of ['title', 'presenter', 'leadIn', 'assignee']) {
      const value: unknown = node.attrs?.[name];
      if (typeof value === 'string') texts.push(value);
    }
    node.content?.forEach(walk);
  };
  walk(body);
  return words(texts.join(' '));
}

/** The words of a text: runs of letters and digits, so markup, escapes and punctuation do not count. */
export function words(value: string): string[] {
  return value.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of `expected` that `actual` lacks, counted: a word written twice must be there twice. */
export function missingWords(expected: readonly string[], actual: readonly string[]): string[] {
  const have = new Map<string, number>();
  for (const word of actual) have.set(word, (have.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of expected) {
    const left = have.get(word) ?? 0;
    if (left > 0) have.set(word, left - 1);
    else missing.push(word);
  }
  return missing;
}
