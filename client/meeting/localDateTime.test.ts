import { describe, expect, it } from 'vitest';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from './localDateTime';

describe('local date-time input values', () => {
  it('round-trips an instant through the local form', () => {
    const iso = new Date('2025-03-10T08:30').toISOString();
    expect(toLocalDateTimeInput(iso)).toBe('2025-03-10T08:30');
    expect(fromLocalDateTimeInput('2025-03-10T08:30')).toBe(iso);
  });

  it('reads a bare date as midnight and drops what it cannot read', () => {
    expect(toLocalDateTimeInput('2022-02-11')).toBe('2022-02-11T00:00');
    expect(toLocalDateTimeInput('fredag')).toBe('');
    expect(toLocalDateTimeInput('1')).toBe('');
    expect(toLocalDateTimeInput('2022-03-18T08:30')).toBe('2022-03-18T08:30');
    expect(fromLocalDateTimeInput('')).toBe('');
  });
});
