import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap';
import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { RemarkAnchor } from '../../shared/adjustment/types';
import { readYBinding } from './readYBinding';

/** The longest quote kept with a remark; the text itself stays in the document. */
const MAX_QUOTE = 500;

/**
 * y-tiptap ties a position in text to the character before it, which suits
 * the end of a range; the start is tied to its first character instead, so
 * text typed just before the range stays outside it.
 */
function startOfRange(doc: Y.Doc, position: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText) || absolute.index >= absolute.type.length) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
}

/**
 * The range from–to of the editor's body as a remark anchor: Yjs relative
 * positions, so the range follows edits made anywhere by anyone, plus the
 * text it covers now, shown when that text is later deleted.
 * Null for an empty range or an editor not bound to a Y.Doc.
 */
export function remarkAnchorFromRange(state: EditorState, from: number, to: number): RemarkAnchor | null {
  const binding = readYBinding(state);
  const quote = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim();
  if (!binding || from >= to || !quote) return null;
  const relative = (pos: number) => absolutePositionToRelativePosition(pos, binding.type, binding.mapping) as Y.RelativePosition;
  const encode = (position: Y.RelativePosition) => toBase64(Y.encodeRelativePosition(position));
  return { start: encode(startOfRange(binding.doc, relative(from))), end: encode(relative(to)), quote: quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote };
}
