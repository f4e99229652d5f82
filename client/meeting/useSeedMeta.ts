import { useEffect } from 'react';
import type * as Y from 'yjs';
import { META_MAP } from '../../shared/protocol/docNames';
import type { MeetingMeta } from '../../shared/protocol/types';
import { writeMeta } from '../../shared/protocol/yDocMeta';

/**
 * A meeting whose document holds no meeting data yet gets it from the REST
 * row, written by the first editor after the first sync. Two editors doing
 * this at once write the same values, so the race is harmless.
 */
export function useSeedMeta(doc: Y.Doc, meta: MeetingMeta, ready: boolean): void {
  useEffect(() => {
    if (!ready || doc.getMap(META_MAP).size > 0) return;
    writeMeta(doc, meta);
  }, [doc, meta, ready]);
}
