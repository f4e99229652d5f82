import * as Y from 'yjs';

/**
 * The text `doc` holds that a copy with the state vector `held` lacks:
 * what was typed here and never stored, to show for copying when it can no
 * longer be saved (the protocol was locked meanwhile). Runs of characters
 * typed one after another are joined; separate runs go on separate lines.
 * Deleted text is left out: it was taken back before it could be saved.
 */
export function unsavedText(doc: Y.Doc, held: Map<number, number>): string {
  const runs: string[] = [];
  for (const [client, structs] of doc.store.clients) {
    const from = held.get(client) ?? 0;
    let run = '';
    let next = -1;
    for (const struct of structs) {
      const end = struct.id.clock + struct.length;
      if (end <= from) continue;
      if (!(struct instanceof Y.Item) || struct.deleted || !(struct.content instanceof Y.ContentString)) {
        if (run) runs.push(run);
        run = '';
        next = -1;
        continue;
      }
      const text = struct.content.str;
      const part = struct.id.clock < from ? text.slice(from - struct.id.clock) : text;
      // A character whose left neighbour is the run's last one continues it.
      const continues = next === struct.id.clock && struct.origin !== null && struct.origin.client === client && struct.origin.clock === next - 1;
      if (run && !continues) {
        runs.push(run);
        run = '';
      }
      run += part;
      next = end;
    }
    if (run) runs.push(run);
  }
  return runs.map((run) => run.trim()).filter((run) => run.length > 0).join('\n');
}
