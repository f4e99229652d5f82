import { describe, expect, it } from 'vitest';
import { addDays, formatSwedishDate, stockholmDate } from './swedishDate';

describe('Swedish dates', () => {
  it('writes dates and local times as typed', () => {
    expect(formatSwedishDate('2022-02-11')).toBe('11 februari 2022');
    expect(formatSwedishDate('2022-02-11', { weekday: true })).toBe('fredag 11 februari 2022');
    expect(formatSwedishDate('2022-03-18T08:30')).toBe('18 mars 2022 kl. 08.30');
    expect(formatSwedishDate('nästa vecka')).toBe('nästa vecka');
  });

  it('takes the date of an instant in Stockholm and counts days across months', () => {
    expect(stockholmDate('2022-02-14T23:30:00Z')).toBe('2022-02-15');
    expect(addDays('2022-02-15', 21)).toBe('2022-03-08');
  });
});
