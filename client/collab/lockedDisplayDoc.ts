import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { convertHeadingsToText } from '../../shared/protocol/headingsAsText';

/**
 * The document a locked protocol is shown from. A protocol locked before
 * titles, presenters and lead-ins became text of the document is stored in
 * that older shape and never rewritten (its bytes are what was adjusted),
 * and the editor's schema cannot hold it: bound to it, the editor would drop
 * those paragraphs and try to send the deletion. So the editor reads a local
 * copy converted to the current shape, which is never sent anywhere. Returns
 * `doc` itself when it needs no conversion.
 */
export function lockedDisplayDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  if (convertHeadingsToText(copy.getXmlFragment(BODY_FRAGMENT)) > 0) return copy;
  copy.destroy();
  return doc;
}
