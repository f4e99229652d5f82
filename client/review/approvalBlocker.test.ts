import { describe, expect, it } from 'vitest';
import { approvalBlocker } from './approvalBlocker';

describe('approvalBlocker', () => {
  it('allows approving a synced copy with nothing unsent', () => {
    expect(approvalBlocker({ synced: true, hasUnsent: false })).toBeNull();
  });

  it('refuses while the copy is not synced', () => {
    expect(approvalBlocker({ synced: false, hasUnsent: false })).toBe('review.approve.notSynced');
    expect(approvalBlocker({ synced: false, hasUnsent: true })).toBe('review.approve.notSynced');
  });

  it('refuses while local changes have not reached the server', () => {
    expect(approvalBlocker({ synced: true, hasUnsent: true })).toBe('review.approve.unsent');
  });
});
