import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from './docNames';
import { headingsAsTextJson } from './headingsAsText';

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
 */
export function readBodyJson(doc: Y.Doc): BodyJson {
  const problems: string[] = [];
  let fragment: Y.XmlFragment;
  try {
    fragment = doc.getXmlFragment(BODY_FRAGMENT);
  } catch (error) {
    return { children: [], problems: [`body: not an XML fragment (${message(error)})`] };
  }
  // A document stored before titles and lead-ins became shared text is read as if converted.
  const children = childrenOf(fragment, 'body', problems).map((child, index) => headingsAsTextJson(child, `body › ${index + 1}`, problems));
  return { children, problems };
}

function childrenOf(parent: Y.XmlFragment, where: string, problems: string[]): unknown[] {
  try {
    return serialize(parent);
  } catch {
    // Slow path: find the unreadable parts.
    const children: unknown[] = [];
    parent.toArray().forEach((child, index) => {
      const at = `${where} › ${index + 1}`;
      if (child instanceof Y.XmlElement) {
        const attrs = child.getAttributes();
        const content = childrenOf(child, `${at} (${child.nodeName})`, problems);
        children.push({ type: child.nodeName, ...(Object.keys(attrs).length > 0 ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) });
      } else if (child instanceof Y.XmlText) {
        try {
          children.push(...serialize(wrap(child)));
        } catch (error) {
          problems.push(`${at}: unreadable text skipped (${message(error)})`);
        }
      } else {
        problems.push(`${at}: skipped a ${child.constructor.name} that is not part of a document`);
      }
    });
    return children;
  }
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
