/** The presence field in which a browser says how many of its edits the server has not confirmed. */
export const UNSAVED_FIELD = 'unsaved';

/**
 * Who, among the people with the meeting open, says their copy holds
 * changes the server has not confirmed storing: the browser publishes its
 * count of unconfirmed edits in its presence (`unsaved`, see the client's
 * SaveTracker). The names are the presence names (verified where the
 * server knows the person). A client can only hold the lock back by this,
 * never write anything, and the approver sees who it is.
 */
export function unsavedPeers(states: Map<number, Record<string, unknown>>): string[] {
  const names = new Set<string>();
  for (const state of states.values()) {
    const unsaved = state[UNSAVED_FIELD];
    if (typeof unsaved !== 'number' || !(unsaved > 0)) continue;
    const user = state['user'];
    const name = typeof user === 'object' && user !== null && 'name' in user && typeof user.name === 'string' && user.name.trim() !== '' ? user.name.trim() : null;
    names.add(name ?? '?');
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'sv'));
}
