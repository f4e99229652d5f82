import { afterEach, describe, expect, it } from 'vitest';
import { installationTimeZone, setInstallationTimeZone } from '../time/installationTimeZone';
import { addDays, formatSwedishDate, stockholmDate } from './swedishDate';

const zoneBefore = installationTimeZone();
afterEach(() => setInstallationTimeZone(zoneBefore));

describe('Swedish dates', () => {
  it('writes dates and local times as typed', () => {
    expect(formatSwedishDate('2022-02-11')).toBe('11 februari 2022');
    expect(formatSwedishDate('2022-02-11', { weekday: true })).toBe('fredag 11 februari 2022');
    expect(formatSwedishDate('2022-03-18T08:30')).toBe('18 mars 2022 kl. 08.30');
    expect(formatSwedishDate('nästa vecka')).toBe('nästa vecka');
  });

  it('writes a meeting at 09:00 Swedish winter time given as a UTC instant as kl. 09.00', () => {
    expect(formatSwedishDate('2022-02-11T08:00:00Z')).toBe('11 februari 2022 kl. 09.00');
    expect(formatSwedishDate('2022-02-11T09:00:00+01:00', { weekday: true })).toBe('fredag 11 februari 2022 kl. 09.00');
  });

  it('writes a meeting at 09:00 Swedish summer time given as a UTC instant as kl. 09.00', () => {
    expect(formatSwedishDate('2022-06-10T07:00:00Z')).toBe('10 juni 2022 kl. 09.00');
    expect(formatSwedishDate('2022-06-10T07:00:00.000Z', { weekday: true })).toBe('fredag 10 juni 2022 kl. 09.00');
  });

  it('takes the date and weekday of an instant where it falls in the zone, not in UTC', () => {
    expect(formatSwedishDate('2022-02-10T23:30:00Z', { weekday: true })).toBe('fredag 11 februari 2022 kl. 00.30');
  });

  it('reads instants in the installation’s zone, or the zone it is given', () => {
    setInstallationTimeZone('Europe/Helsinki');
    expect(formatSwedishDate('2022-02-11T08:00:00Z')).toBe('11 februari 2022 kl. 10.00');
    expect(formatSwedishDate('2022-02-11T08:00:00Z', { timeZone: 'Europe/Stockholm' })).toBe('11 februari 2022 kl. 09.00');
    // A wall time is the secretary's and never shifted, whatever the zone.
    expect(formatSwedishDate('2022-02-11T09:00')).toBe('11 februari 2022 kl. 09.00');
    expect(stockholmDate('2022-02-14T22:30:00Z')).toBe('2022-02-15');
  });

  it('takes the date of an instant in Stockholm and counts days across months', () => {
    expect(stockholmDate('2022-02-14T23:30:00Z')).toBe('2022-02-15');
    expect(addDays('2022-02-15', 21)).toBe('2022-03-08');
  });
});
