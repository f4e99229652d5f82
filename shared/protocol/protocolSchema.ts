import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { protocolExtensions } from '../editor/extensions';

let cached: Schema | null = null;

/** The ProseMirror schema of a meeting's body, built once from the shared extension list (works without a DOM). */
export function protocolSchema(): Schema {
  // Building it resolves every extension (~30 ms); extraction runs on every snapshot.
  cached ??= getSchema(protocolExtensions());
  return cached;
}
