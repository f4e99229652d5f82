import { describe, expect, it } from 'vitest';
import { parseWallTime } from './parseWallTime';

describe('parseWallTime', () => {
  it('reads a date and a local date-time as the digits written', () => {
    expect(parseWallTime('2022-02-11')).toEqual({ year: 2022, month: 2, day: 11, time: null });
    expect(parseWallTime('2022-02-11T09:00')).toEqual({ year: 2022, month: 2, day: 11, time: { hour: 9, minute: 0 } });
    expect(parseWallTime(' 2022-06-10T09:05:30 ')).toEqual({ year: 2022, month: 6, day: 10, time: { hour: 9, minute: 5 } });
  });

  it('reads no wall time in an instant, free text or an impossible date', () => {
    for (const text of ['2022-02-11T08:00:00Z', '2022-02-11T09:00+01:00', '10 mars', '2022-02-30', '2022-02-11T24:00', '1']) expect([text, parseWallTime(text)]).toEqual([text, null]);
  });
});
