import * as Y from 'yjs';

/** base64 of the document's state vector, as approve() sends it so the server can see what this copy holds. */
export function encodeStateVectorBase64(doc: Y.Doc): string {
  let binary = '';
  for (const byte of Y.encodeStateVector(doc)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
