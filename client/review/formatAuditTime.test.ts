import { describe, expect, it } from 'vitest';
import { formatAuditTime } from './formatAuditTime';

describe('formatAuditTime', () => {
  it('shows the seconds', () => {
    const at = new Date(2025, 2, 4, 9, 30, 17).toISOString();
    expect(formatAuditTime(at, 'sv')).toBe('2025-03-04 09:30:17');
    expect(formatAuditTime(at, 'en')).toBe('04/03/2025, 09:30:17');
  });

  it('keeps a text that is not a date', () => {
    expect(formatAuditTime('okänt', 'sv')).toBe('okänt');
  });
});
