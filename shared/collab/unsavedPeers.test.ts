import { describe, expect, it } from 'vitest';
import { unsavedPeers } from './unsavedPeers';

describe('unsavedPeers', () => {
  it('names everyone whose presence says it holds unconfirmed edits, once each, in Swedish order', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Örjan Ek' }, unsaved: 2 }],
      [2, { user: { name: 'Anna Berg' }, unsaved: 0 }],
      [3, { user: { name: 'Bo Lind' }, unsaved: 1 }],
      [4, { user: { name: 'Bo Lind' }, unsaved: 5 }],
      [5, { user: { name: 'Ada Ny' } }],
    ]);
    expect(unsavedPeers(states)).toEqual(['Bo Lind', 'Örjan Ek']);
  });

  it('counts a peer without a name, and ignores what is no count', () => {
    expect(unsavedPeers(new Map([[1, { unsaved: 3 }], [2, { user: { name: 'X' }, unsaved: '3' }], [3, { user: { name: 'Y' }, unsaved: Number.NaN }]]))).toEqual(['?']);
  });
});
