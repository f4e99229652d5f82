import { describe, expect, it } from 'vitest';
import type { ApprovalRecord, ApproverRole, ReviewStatus } from '../../shared/adjustment/types';
import { approversOfRole, preselectApprover } from './preselectApprover';

type Required = ReviewStatus['required'][number];

const approval = (name: string, role: ApproverRole): ApprovalRecord => ({ name, role, decision: 'approved', reason: null, at: '2025-03-01T10:00:00Z', round: 1 });
const person = (name: string, role: ApproverRole, approved = false): Required => ({
  name,
  organization: 'Falköpings kommun',
  role,
  approval: approved ? approval(name, role) : null,
});

const required = [person('Anna Ek', 'chair'), person('Bo Lind', 'adjuster'), person('Cilla Ström', 'adjuster')];

describe('approversOfRole', () => {
  it('keeps the approvers of one role in their order', () => {
    expect(approversOfRole(required, 'adjuster').map((approver) => approver.name)).toEqual(['Bo Lind', 'Cilla Ström']);
  });
});

describe('preselectApprover', () => {
  it('picks the approver of the role whose name is the display name', () => {
    expect(preselectApprover(required, 'adjuster', 'Cilla Ström')).toBe('Cilla Ström');
  });

  it('matches names regardless of case and spacing', () => {
    expect(preselectApprover(required, 'adjuster', '  cilla   ström ')).toBe('Cilla Ström');
  });

  it('never picks someone of another role with that name', () => {
    expect(preselectApprover(required, 'adjuster', 'Anna Ek')).toBe('Bo Lind');
  });

  it('falls back to the first not-yet-approved approver of the role', () => {
    expect(preselectApprover([person('Anna Ek', 'chair'), person('Bo Lind', 'adjuster', true), person('Cilla Ström', 'adjuster')], 'adjuster', 'Okänd')).toBe('Cilla Ström');
  });

  it('keeps a matching approver who has already approved, so they do not approve again as someone else', () => {
    expect(preselectApprover([person('Bo Lind', 'adjuster', true), person('Cilla Ström', 'adjuster')], 'adjuster', 'Bo Lind')).toBe('Bo Lind');
  });

  it('is null when nobody matches and everyone of the role has decided', () => {
    expect(preselectApprover([person('Anna Ek', 'chair', true)], 'chair', 'Okänd')).toBeNull();
    expect(preselectApprover([], 'chair', 'Anna Ek')).toBeNull();
  });
});
