import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Remark, RemarkAnchor } from '../../shared/adjustment/types';
import { addRemark, listRemarks, resolveRemark } from '../api/reviewApi';
import { useMeetingEvents } from '../api/useMeetingEvents';
import { loadDisplayName } from '../identity/displayNameStorage';
import { useDisplayName } from '../identity/useDisplayName';
import { buildThreads } from './buildThreads';
import { upsertRemark } from './upsertRemark';
import type { HighlightedRemark } from './remarkHighlightsKey';
import type { RemarkThread } from './RemarkThread';
import { setRemarkHighlights } from './setRemarkHighlights';

/** The meeting's remarks, live, and the calls that change them. */
export interface RemarksModel {
  threads: RemarkThread[];
  openCount: number;
  /** The last fetch failed; the list shown is the last one that arrived. */
  loadFailed: boolean;
  startThread: (anchor: RemarkAnchor, text: string) => Promise<Remark>;
  reply: (parentId: number, text: string) => Promise<Remark>;
  setResolved: (remarkId: number, resolved: boolean) => Promise<Remark>;
}

/**
 * Loads the remarks of a meeting, refetches when the server says they
 * changed (or the event stream reopens after a gap), and pushes the threads
 * into the editor's highlights. The author is the display name at the time
 * of writing, read fresh so a rename counts at once.
 */
export function useRemarks(editor: Editor, meetingId: string, verified: boolean): RemarksModel {
  const [remarks, setRemarks] = useState<Remark[]>([]);
  const [loadFailed, setLoadFailed] = useState(false);
  const latest = useRef<AbortController | null>(null);
  const [name] = useDisplayName();
  // Storage may be unavailable (privacy modes); the name then lives in this page's state only.
  // A person the server knows writes under their own name; only a role link's holder says who they are.
  const author = useCallback(() => (verified ? undefined : loadDisplayName() || name), [name, verified]);

  const refresh = useCallback(() => {
    // Only the newest answer counts: an older one may predate a change.
    latest.current?.abort();
    const controller = new AbortController();
    latest.current = controller;
    listRemarks(meetingId, controller.signal).then(
      (response) => {
        if (controller.signal.aborted) return;
        setRemarks(response.remarks);
        setLoadFailed(false);
      },
      () => {
        if (!controller.signal.aborted) setLoadFailed(true);
      },
    );
  }, [meetingId]);

  useEffect(() => {
    refresh();
    return () => latest.current?.abort();
  }, [refresh]);

  useMeetingEvents(meetingId, (event) => {
    if (event === null || event.topic === 'remarks') refresh();
  });

  const threads = useMemo(() => buildThreads(remarks), [remarks]);

  useEffect(() => {
    const highlighted: HighlightedRemark[] = threads.flatMap(({ root }) => (root.anchor ? [{ id: root.id, anchor: root.anchor, resolved: root.resolvedAt !== null }] : []));
    setRemarkHighlights(editor, { remarks: highlighted });
  }, [editor, threads]);

  const keep = useCallback((remark: Remark) => {
    setRemarks((current) => upsertRemark(current, remark));
    return remark;
  }, []);

  const startThread = useCallback((anchor: RemarkAnchor, text: string) => addRemark(meetingId, { author: author(), text, anchor }).then(keep), [meetingId, author, keep]);
  const reply = useCallback((parentId: number, text: string) => addRemark(meetingId, { author: author(), text, parentId }).then(keep), [meetingId, author, keep]);
  const setResolved = useCallback(
    (remarkId: number, resolved: boolean) => resolveRemark(meetingId, remarkId, { author: author(), resolved }).then(keep),
    [meetingId, author, keep],
  );

  const openCount = threads.filter((thread) => thread.root.resolvedAt === null).length;
  return { threads, openCount, loadFailed, startThread, reply, setResolved };
}
