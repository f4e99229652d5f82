import { describe, expect, it } from 'vitest';
import { shouldRefetchReview } from './shouldRefetchReview';

describe('shouldRefetchReview', () => {
  it('refetches when the stream (re)opens', () => {
    expect(shouldRefetchReview(null)).toBe(true);
  });

  it('refetches on review and correction changes', () => {
    expect(shouldRefetchReview({ topic: 'review', state: 'adjusted' })).toBe(true);
    expect(shouldRefetchReview({ topic: 'corrections', state: 'adjusted' })).toBe(true);
  });

  it('leaves remark changes to the remarks list', () => {
    expect(shouldRefetchReview({ topic: 'remarks', state: 'review' })).toBe(false);
  });
});
