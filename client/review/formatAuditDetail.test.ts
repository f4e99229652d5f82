import { describe, expect, it } from 'vitest';
import { formatAuditDetail } from './formatAuditDetail';

describe('formatAuditDetail', () => {
  it('joins the details as key: value', () => {
    expect(formatAuditDetail({ name: 'Bo Lind', round: 2, final: true })).toBe('name: Bo Lind; round: 2; final: true');
  });

  it('lists names as text, other nested values as JSON, and leaves out empty ones', () => {
    expect(formatAuditDetail({ required: ['Anna Ek', 'Bo Lind'], reason: null, note: '' })).toBe('required: Anna Ek, Bo Lind');
    expect(formatAuditDetail({ change: { from: 'draft', to: 'review' } })).toBe('change: {"from":"draft","to":"review"}');
  });

  it('is empty without details', () => {
    expect(formatAuditDetail({})).toBe('');
  });
});
