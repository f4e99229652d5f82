import { describe, expect, it } from 'vitest';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from './localDateTime';

describe('local date-time input values', () => {
  it('keeps the picked time as the wall time, whatever zone the browser is in', () => {
    expect(fromLocalDateTimeInput('2025-03-10T08:30')).toBe('2025-03-10T08:30');
    expect(fromLocalDateTimeInput('2025-03-10T08:30:15')).toBe('2025-03-10T08:30');
    expect(toLocalDateTimeInput('2025-03-10T08:30', 'Europe/Stockholm')).toBe('2025-03-10T08:30');
  });

  it('shows a meeting stored as an instant at its wall time in the installation’s zone, winter and summer', () => {
    expect(toLocalDateTimeInput('2022-02-11T08:00:00Z', 'Europe/Stockholm')).toBe('2022-02-11T09:00');
    expect(toLocalDateTimeInput('2022-06-10T07:00:00.000Z', 'Europe/Stockholm')).toBe('2022-06-10T09:00');
  });

  it('reads a bare date as midnight and drops what it cannot read', () => {
    expect(toLocalDateTimeInput('2022-02-11', 'Europe/Stockholm')).toBe('2022-02-11T00:00');
    expect(toLocalDateTimeInput('fredag', 'Europe/Stockholm')).toBe('');
    expect(toLocalDateTimeInput('1', 'Europe/Stockholm')).toBe('');
    expect(toLocalDateTimeInput('2022-03-18T08:30', 'Europe/Stockholm')).toBe('2022-03-18T08:30');
    expect(fromLocalDateTimeInput('')).toBe('');
    expect(fromLocalDateTimeInput('2025-03-10')).toBe('');
  });
});
