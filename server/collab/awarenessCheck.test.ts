import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { awarenessEntries } from '../testing/awarenessEntries';
import { MAX_AWARENESS_IDS_PER_SOCKET, sortAwareness, stampUser, type AwarenessEntryFacts } from './awarenessCheck';

const update = awarenessEntries;

const known = (facts: Record<number, AwarenessEntryFacts>) => (id: number) => facts[id] ?? null;

describe('sortAwareness', () => {
  it('keeps a tab\'s own caret and drops the presences a stock client echoes back, without closing it', () => {
    const echo = update([
      { id: 1, clock: 7, state: { user: { name: 'Anna' } } },
      { id: 2, clock: 3, state: { user: { name: 'Ordföranden' } } },
      { id: 3, clock: 9, state: null },
    ]);
    const verdict = sortAwareness(
      echo,
      known({ 1: { clock: 6, holder: 'this' }, 2: { clock: 3, holder: 'otherRole' }, 3: { clock: 9, holder: 'nobody' } }),
      1,
    );
    // Relayed as the server says it is: a role link's holder, unverified.
    expect(verdict).toEqual({ problem: null, update: update([{ id: 1, clock: 7, state: { user: { name: 'Anna', verified: false } } }]), claimed: [] });
  });

  it('lets a reconnected tab take its entry over from its own stale socket, never from another role', () => {
    const again = update([{ id: 5, clock: 12, state: { user: { name: 'Anna' } } }]);
    expect(sortAwareness(again, known({ 5: { clock: 11, holder: 'sameRole' } }), 0)).toMatchObject({ claimed: [5] });
    expect(sortAwareness(again, known({ 5: { clock: 11, holder: 'otherRole' } }), 0)).toEqual({ problem: null, update: null, claimed: [] });
  });

  it('refuses what no tab sends: broken bytes, a state that is not JSON, too many entries of its own', () => {
    expect(sortAwareness(new Uint8Array([5, 1]), known({}), 0)).toEqual({ problem: 'malformed' });
    const notJson = encoding.createEncoder();
    encoding.writeVarUint(notJson, 1);
    encoding.writeVarUint(notJson, 1);
    encoding.writeVarUint(notJson, 1);
    encoding.writeVarString(notJson, '{not json');
    expect(sortAwareness(encoding.toUint8Array(notJson), known({}), 0)).toEqual({ problem: 'malformed' });
    const ghosts = update(Array.from({ length: MAX_AWARENESS_IDS_PER_SOCKET + 1 }, (_, index) => ({ id: 100 + index, clock: 1, state: {} })));
    expect(sortAwareness(ghosts, known({}), 0)).toEqual({ problem: 'tooMany' });
  });
});

describe('stampUser', () => {
  it('puts the known person\'s name in and marks it verified', () => {
    expect(JSON.parse(stampUser(JSON.stringify({ user: { name: 'Kattis', color: '#123456' }, cursor: null }), 'Katarina Lindberg'))).toEqual({
      user: { name: 'Katarina Lindberg', color: '#123456', verified: true },
      cursor: null,
    });
  });

  it('keeps a role link holder\'s typed name but never their own verified flag', () => {
    expect(JSON.parse(stampUser(JSON.stringify({ user: { name: 'Ove', verified: true } }), null))).toEqual({ user: { name: 'Ove', verified: false } });
  });

  it('leaves a removal and a state without a user from a role link as they are', () => {
    expect(stampUser('null', 'Katarina Lindberg')).toBe('null');
    expect(stampUser('{"cursor":null}', null)).toBe('{"cursor":null}');
  });
});
