import { describe, expect, it } from 'vitest';
import { reviewActions } from './reviewActions';

const none = { sendForReview: false, withdraw: false, approve: false, decline: false, correct: false, readAudit: false };

describe('reviewActions', () => {
  it('lets the secretary send a draft for review and read the log', () => {
    expect(reviewActions('secretary', 'draft')).toEqual({ ...none, sendForReview: true, readAudit: true });
  });

  it('lets the secretary withdraw a protocol in review, but not approve it', () => {
    expect(reviewActions('secretary', 'review')).toEqual({ ...none, withdraw: true, readAudit: true });
  });

  it('lets only the secretary add corrections once adjusted', () => {
    expect(reviewActions('secretary', 'adjusted')).toEqual({ ...none, correct: true, readAudit: true });
    expect(reviewActions('chair', 'adjusted')).toEqual(none);
  });

  it.each(['chair', 'adjuster'] as const)('lets the %s approve or decline in review only', (role) => {
    expect(reviewActions(role, 'review')).toEqual({ ...none, approve: true, decline: true });
    expect(reviewActions(role, 'draft')).toEqual(none);
  });

  it.each(['participant', 'viewer'] as const)('gives the %s no workflow control', (role) => {
    for (const state of ['draft', 'review', 'adjusted'] as const) expect(reviewActions(role, state)).toEqual(none);
  });
});
