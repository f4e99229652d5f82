import { describe, expect, it } from 'vitest';
import type { ApprovalRecord } from '../../shared/adjustment/types';
import { approverStatus } from './approverStatus';

const base = { name: 'Bo Lind', organization: '', role: 'adjuster' as const };
const record = (decision: ApprovalRecord['decision']): ApprovalRecord => ({
  name: 'Bo Lind',
  organization: '',
  role: 'adjuster',
  verification: null,
  decision,
  reason: decision === 'declined' ? 'Fel belopp i § 22' : null,
  at: '2025-03-04T09:30:00Z',
  round: 2,
});

describe('approverStatus', () => {
  it('is waiting without a decision', () => {
    expect(approverStatus({ ...base, approval: null })).toEqual({ kind: 'waiting' });
  });

  it('carries the time of an approval or a decline', () => {
    expect(approverStatus({ ...base, approval: record('approved') })).toEqual({ kind: 'approved', at: '2025-03-04T09:30:00Z' });
    expect(approverStatus({ ...base, approval: record('declined') })).toEqual({ kind: 'declined', at: '2025-03-04T09:30:00Z' });
  });
});
