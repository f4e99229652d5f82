import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * One block of a body as extraction reads it: a node that fits the schema,
 * or the plain text of one that does not (kept so that no word is lost).
 */
export type BodyPart = { kind: 'node'; node: PMNode } | { kind: 'unstructured'; text: string };

/** A body part of a node that fits. */
export const nodePart = (node: PMNode): BodyPart => ({ kind: 'node', node });
