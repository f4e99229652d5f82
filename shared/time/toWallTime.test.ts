import { describe, expect, it } from 'vitest';
import { toWallTime } from './toWallTime';

describe('toWallTime', () => {
  it('reads a winter-time instant as 09:00 in Stockholm (UTC+1)', () => {
    expect(toWallTime('2022-02-11T08:00:00Z', 'Europe/Stockholm')).toBe('2022-02-11T09:00');
    expect(toWallTime('2022-02-11T09:00:00+01:00', 'Europe/Stockholm')).toBe('2022-02-11T09:00');
  });

  it('reads a summer-time instant as 09:00 in Stockholm (UTC+2)', () => {
    expect(toWallTime('2022-06-10T07:00:00Z', 'Europe/Stockholm')).toBe('2022-06-10T09:00');
    expect(toWallTime('2022-06-10T07:00:00.000Z', 'Europe/Stockholm')).toBe('2022-06-10T09:00');
  });

  it('moves to the next day when the instant is late in the evening UTC', () => {
    expect(toWallTime('2022-02-10T23:30:00Z', 'Europe/Stockholm')).toBe('2022-02-11T00:30');
  });

  it('uses the zone it is given', () => {
    expect(toWallTime('2022-02-11T08:00:00Z', 'Europe/Helsinki')).toBe('2022-02-11T10:00');
    expect(toWallTime('2022-02-11T08:00:00Z', 'UTC')).toBe('2022-02-11T08:00');
  });

  it('leaves local date-times, dates and free text as the secretary wrote them', () => {
    expect(toWallTime('2022-02-11T09:00', 'Europe/Stockholm')).toBe('2022-02-11T09:00');
    expect(toWallTime('2022-02-11T09:00:00', 'Europe/Stockholm')).toBe('2022-02-11T09:00:00');
    expect(toWallTime('2022-02-11', 'Europe/Stockholm')).toBe('2022-02-11');
    expect(toWallTime('10 mars kl. 9', 'Europe/Stockholm')).toBe('10 mars kl. 9');
    expect(toWallTime('', 'Europe/Stockholm')).toBe('');
  });
});
