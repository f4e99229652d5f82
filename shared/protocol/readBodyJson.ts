import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { appendAll } from './appendAll';
import { BODY_FRAGMENT } from './docNames';
import { headingsAsTextJson } from './headingsAsText';
import { MAX_NESTING_DEPTH } from './maxNestingDepth';
import { yTextLines } from './yTextLines';
import { yTypeHeights } from './yTypeHeights';

export interface BodyJson {
  /** Top-level nodes as ProseMirror JSON; unvalidated, a forged client may have written anything. */
  children: unknown[];
  problems: string[];
}

/**
 * Reads the body of a meeting's Y.Doc as ProseMirror JSON in the current
 * shape (see headingsAsText). y-tiptap throws
 * on a child that is neither XML element nor text (a forged Y.Map, say);
 * then the elements are read one by one and only the unreadable part is lost.
 * y-tiptap, ProseMirror and every reader after them recurse a level at a
 * time, so nothing deeper than MAX_NESTING_DEPTH is given to them: what
 * lies below is flattened into a paragraph of its text, and reported.
 */
export function readBodyJson(doc: Y.Doc): BodyJson {
  const problems: string[] = [];
  let fragment: Y.XmlFragment;
  try {
    fragment = doc.getXmlFragment(BODY_FRAGMENT);
  } catch (error) {
    return { children: [], problems: [`body: not an XML fragment (${message(error)})`] };
  }
  const read: Reading = { heights: yTypeHeights(fragment), problems, flattened: null };
  // A document stored before titles and lead-ins became shared text is read as if converted.
  const children = childrenOf(fragment, 0, () => 'body', read).map((child, index) => headingsAsTextJson(child, `body › ${index + 1}`, problems));
  return { children, problems };
}

interface Reading {
  heights: ReadonlyMap<Y.XmlFragment, number>;
  problems: string[];
  /** Whether the top-level block being read reached below the limit, and whether what was flattened there held text. */
  flattened: { withText: boolean } | null;
}

/** The children of `parent`, which stands `depth` levels below the body (the body itself is 0). */
function childrenOf(parent: Y.XmlFragment, depth: number, where: () => string, read: Reading): unknown[] {
  // y-tiptap recurses once per level: only a part that fits within the limit is handed to it whole.
  if (depth + (read.heights.get(parent) ?? 1) - 1 <= MAX_NESTING_DEPTH) {
    try {
      return serialize(parent);
    } catch {
      // Slow path below: find the unreadable parts.
    }
  }
  if (depth >= MAX_NESTING_DEPTH) return flatten(parent, read);
  const children: unknown[] = [];
  parent.toArray().forEach((child, index) => {
    const at = () => `${where()} › ${index + 1}`;
    if (depth === 0) read.flattened = null;
    if (child instanceof Y.XmlElement) {
      const attrs = child.getAttributes();
      const content = childrenOf(child, depth + 1, () => `${at()} (${child.nodeName})`, read);
      children.push({ type: child.nodeName, ...(Object.keys(attrs).length > 0 ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) });
    } else if (child instanceof Y.XmlText) {
      try {
        appendAll(children, serialize(wrap(child)));
      } catch (error) {
        read.problems.push(`${at()}: unreadable text skipped (${message(error)})`);
      }
    } else {
      read.problems.push(`${at()}: skipped a ${child.constructor.name} that is not part of a document`);
    }
    if (depth === 0 && read.flattened && child instanceof Y.XmlElement) read.problems.push(tooDeep(`${at()} (${child.nodeName})`, child, read));
  });
  return children;
}

/** The content of an element at the limit: its children's text as one paragraph, lines kept by hard breaks. */
function flatten(parent: Y.XmlFragment, read: Reading): unknown[] {
  const lines = yTextLines(parent.toArray());
  read.flattened ??= { withText: false };
  if (lines.length === 0) return [];
  read.flattened.withText = true;
  const content: unknown[] = [];
  lines.forEach((text, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    content.push({ type: 'text', text });
  });
  return [{ type: 'paragraph', content }];
}

/** The problem for a top-level block that reached below the limit; its own level is 1. */
function tooDeep(where: string, block: Y.XmlElement, read: Reading): string {
  const levels = read.heights.get(block) ?? 1;
  const kept = read.flattened?.withText ? `its text below level ${MAX_NESTING_DEPTH} is kept as plain text` : `below level ${MAX_NESTING_DEPTH} it holds no text; skipped`;
  return `${where}: nested ${levels} levels deep, deeper than the ${MAX_NESTING_DEPTH} levels a document may have; ${kept}`;
}

/** The children of a fragment or element as JSON; y-tiptap leaves the text runs of its direct children as nested arrays. */
function serialize(parent: Y.XmlFragment): unknown[] {
  return ((yXmlFragmentToProsemirrorJSON(parent) as { content?: unknown[] }).content ?? []).flat();
}

/** y-tiptap reads only `toArray()` of the fragment it is given. */
function wrap(child: Y.XmlText): Y.XmlFragment {
  return { toArray: () => [child] } as unknown as Y.XmlFragment;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
