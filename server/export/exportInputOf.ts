import * as Y from 'yjs';
import { extractProtocol } from '../../shared/protocol/extractProtocol';
import type { ExportDocument, ExportInput } from './exportInput';

/** The export input of a meeting's stored updates: the document rebuilt and extracted with blocks. */
export function exportInputOf(document: ExportDocument): ExportInput {
  const doc = new Y.Doc();
  try {
    for (const update of document.updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // As when a room loads: an entry that does not apply is skipped, the rest still counts.
      }
    }
    return { protocol: extractProtocol(doc, document.record, { blocks: true }), adjustment: document.adjustment, corrections: document.corrections };
  } finally {
    doc.destroy();
  }
}
