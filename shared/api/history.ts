import type { Role } from '../roles';

/**
 * Why a history checkpoint was recorded, as a stable key (the UI words it):
 * the document before its first edit, when it was sent for review, at a
 * decline, at the lock, and after every HISTORY_CHECKPOINT_EVERY updates.
 */
export const HISTORY_LABELS = ['firstEdit', 'review', 'declined', 'adjusted', 'periodic'] as const;
export type HistoryLabel = (typeof HISTORY_LABELS)[number];

/** Who made a change: the person the server knew, and the role of their credential; both null for the server's own. */
export interface HistoryAuthor {
  name: string | null;
  role: Role | null;
}

export interface HistoryCheckpoint {
  id: number;
  label: HistoryLabel;
  /** ISO instant. */
  at: string;
  by: HistoryAuthor;
  /** The newest stored update the checkpoint stands after: the point to compare from or to. */
  upToUpdateId: number;
}

/** Consecutive stored updates of one author, none more than a minute after the one before. */
export interface HistoryEdit {
  /** ISO instant of the edit's first update. */
  at: string;
  /** ISO instant of its last update. */
  until: string;
  by: HistoryAuthor;
  /** Numbers of the paragraphs (§) the edit changed, as they were numbered when it was made. */
  items: number[];
  /** Id of its last stored update: the point to compare with or restore to. */
  upToUpdateId: number;
}

/** Answer of GET /api/meetings/:id/history, oldest first. */
export interface HistoryResponse {
  checkpoints: HistoryCheckpoint[];
  edits: HistoryEdit[];
  /** Stored updates that did not apply in the replay, left out of it (normally none). */
  problems: { updateId: number; reason: string }[];
}

/** Body of POST /api/meetings/:id/restore: the whole body, or one paragraph (§ as numbered at the checkpoint). */
export interface RestoreRequest {
  checkpointId: number;
  itemNumber?: number;
}

/** Answer of POST /api/meetings/:id/restore; updateId is null when the document already was as at the checkpoint. */
export interface RestoreResponse {
  restored: true;
  updateId: number | null;
}

/** Who wrote and who deleted what between two points of a comparison. */
export interface ComparisonAuthor {
  by: HistoryAuthor;
  /** Yjs client ids whose insertions between the two points are this author's. */
  clients: number[];
  /** Base64 of `Y.encodeSnapshot(new Y.Snapshot(deleteSet, new Map()))`: what this author deleted between the two points. */
  deleted: string;
}

/**
 * Answer of GET /api/meetings/:id/history/compare?from=&to=: the document
 * at `to` without garbage collection, and the two points as Yjs snapshots,
 * so an editor can render what changed between them (y-tiptap's snapshot
 * rendering), with the authors of every insertion and deletion.
 */
export interface HistoryComparison {
  fromUpdateId: number;
  toUpdateId: number;
  /** Base64 of Y.encodeStateAsUpdate of the document at `to` (deleted content kept). */
  update: string;
  /** Base64 of Y.encodeSnapshot at each point. */
  fromSnapshot: string;
  toSnapshot: string;
  authors: ComparisonAuthor[];
}
