import type { HistoryCheckpoint, HistoryEdit, HistoryResponse } from '../../shared/api/history';

export type TimelineEntry =
  | { kind: 'checkpoint'; checkpoint: HistoryCheckpoint }
  /** `before`: the point just before the edit, to show what it changed. */
  | { kind: 'edit'; edit: HistoryEdit; before: number };

/**
 * Checkpoints and edits in one list, newest first. A checkpoint stands
 * after the update it names, so at the same point it comes after the edit
 * that ended there (newest first: before it in the list).
 */
export function timeline(history: Pick<HistoryResponse, 'checkpoints' | 'edits'>): TimelineEntry[] {
  const entries: { point: number; order: number; entry: TimelineEntry }[] = [];
  let before = 0;
  for (const edit of history.edits) {
    entries.push({ point: edit.upToUpdateId, order: 0, entry: { kind: 'edit', edit, before } });
    before = edit.upToUpdateId;
  }
  for (const checkpoint of history.checkpoints) entries.push({ point: checkpoint.upToUpdateId, order: 1, entry: { kind: 'checkpoint', checkpoint } });
  return entries.sort((a, b) => b.point - a.point || b.order - a.order).map(({ entry }) => entry);
}
