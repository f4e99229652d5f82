import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** base64 of the document's state vector, as approve() sends it so the server can see what this copy holds. */
export function encodeStateVectorBase64(doc: Y.Doc): string {
  return toBase64(Y.encodeStateVector(doc));
}
