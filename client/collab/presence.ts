import { colorForName } from '../identity/userColor';

export interface PresenceEntry {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
  /** The server vouches for the name (a personal invitation or a sign-in); false for a role link's typed name. Unknown for oneself: the server stamps only what it relays. */
  verified: boolean;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

function userOf(state: Record<string, unknown>): { name: string; color: unknown; verified: boolean } | null {
  const user = state['user'];
  if (typeof user !== 'object' || user === null || !('name' in user)) return null;
  const name = user.name;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return { name: name.trim(), color: 'color' in user ? user.color : undefined, verified: 'verified' in user && user.verified === true };
}

/**
 * Who is here, from awareness states: yourself first, then by name. States
 * without a name (a page still asking for one) are not shown; a colour that
 * is not `#rrggbb` is replaced, since peers are not trusted to send CSS.
 */
export function presenceFromStates(states: Map<number, Record<string, unknown>>, selfId: number): PresenceEntry[] {
  const entries: PresenceEntry[] = [];
  for (const [clientId, state] of states) {
    const user = userOf(state);
    if (!user) continue;
    const color = typeof user.color === 'string' && HEX_COLOR.test(user.color) ? user.color : colorForName(user.name);
    entries.push({ clientId, name: user.name, color, isSelf: clientId === selfId, verified: user.verified });
  }
  return entries.sort((a, b) => {
    if (a.isSelf !== b.isSelf) return a.isSelf ? -1 : 1;
    return a.name.localeCompare(b.name, 'sv') || a.clientId - b.clientId;
  });
}

/** Whether two lists show the same people; caret moves alone must not re-render the bar. */
export function samePresence(a: PresenceEntry[], b: PresenceEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = b[i];
      return other !== undefined && entry.clientId === other.clientId && entry.name === other.name && entry.color === other.color && entry.isSelf === other.isSelf && entry.verified === other.verified;
    })
  );
}
