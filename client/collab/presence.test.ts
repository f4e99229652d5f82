import { describe, expect, it } from 'vitest';
import { colorForName } from '../identity/userColor';
import { presenceFromStates, samePresence } from './presence';

describe('presenceFromStates', () => {
  const states = new Map<number, Record<string, unknown>>([
    [3, { user: { name: 'Örjan', color: '#2f7d4f' } }],
    [1, { user: { name: 'Anneli', color: '#2563a8' } }],
    [2, { user: { name: 'Zophia', color: '#b4462f' } }],
    [4, {}],
    [5, { user: { name: '   ' } }],
  ]);

  it('lists yourself first, then others by Swedish collation, skipping nameless states', () => {
    expect(presenceFromStates(states, 2).map((e) => [e.name, e.isSelf])).toEqual([
      ['Zophia', true],
      ['Anneli', false],
      ['Örjan', false],
    ]);
  });

  it('believes a name verified only when the server stamped it so', () => {
    const stamped = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Katarina Lindberg', verified: true } }],
      [2, { user: { name: 'Ove', verified: false } }],
      [3, { user: { name: 'Äldre klient' } }],
      [4, { user: { name: 'Sträng', verified: 'true' } }],
    ]);
    expect(presenceFromStates(stamped, 99).map((e) => [e.name, e.verified])).toEqual([
      ['Katarina Lindberg', true],
      ['Ove', false],
      ['Sträng', false],
      // Swedish collation: Ä after Z.
      ['Äldre klient', false],
    ]);
  });

  it('replaces a colour that is not #rrggbb', () => {
    const hostile = new Map<number, Record<string, unknown>>([[7, { user: { name: 'X', color: 'red;background:url(x)' } }]]);
    expect(presenceFromStates(hostile, 1)[0]?.color).toBe(colorForName('X'));
  });
});

describe('samePresence', () => {
  it('ignores identity, compares who is shown', () => {
    const a = [{ clientId: 1, name: 'A', color: '#000000', isSelf: true, verified: false }];
    expect(samePresence(a, [{ ...a[0]! }])).toBe(true);
    expect(samePresence(a, [{ ...a[0]!, name: 'B' }])).toBe(false);
    expect(samePresence(a, [{ ...a[0]!, verified: true }])).toBe(false);
    expect(samePresence(a, [])).toBe(false);
  });
});
