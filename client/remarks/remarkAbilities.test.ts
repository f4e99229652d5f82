import { describe, expect, it } from 'vitest';
import { remarkAbilities } from './remarkAbilities';

describe('remarkAbilities', () => {
  it('lets everyone but a viewer comment and resolve while the protocol is a draft', () => {
    expect(remarkAbilities('participant', 'draft')).toEqual({ comment: true, resolve: true });
    expect(remarkAbilities('viewer', 'draft')).toEqual({ comment: false, resolve: false });
  });

  it('leaves the review to the secretary, the chair and the adjusters', () => {
    for (const role of ['secretary', 'chair', 'adjuster'] as const) expect(remarkAbilities(role, 'review')).toEqual({ comment: true, resolve: true });
    expect(remarkAbilities('participant', 'review')).toEqual({ comment: false, resolve: false });
  });

  it('keeps the remarks of an adjusted protocol read-only for everyone', () => {
    for (const role of ['secretary', 'chair', 'adjuster', 'participant', 'viewer'] as const) {
      expect(remarkAbilities(role, 'adjusted')).toEqual({ comment: false, resolve: false });
    }
  });
});
