import { describe, expect, it } from 'vitest';
import { parseInstant } from './parseInstant';

describe('parseInstant', () => {
  it('reads Z and every common spelling of an offset as the same moment', () => {
    const moment = Date.UTC(2022, 1, 11, 8, 0);
    for (const text of ['2022-02-11T08:00:00Z', '2022-02-11T08:00Z', '2022-02-11T08:00:00.000Z', '2022-02-11T09:00:00+01:00', '2022-02-11T09:00+0100', '2022-02-11T09:00+01', '2022-02-11 03:00:00-05:00']) {
      expect([text, parseInstant(text)]).toEqual([text, moment]);
    }
  });

  it('names no moment for a local date-time, a date, free text or an impossible date', () => {
    for (const text of ['2022-02-11T09:00', '2022-02-11', 'fredag kl. 9', '2022-02-31T09:00:00Z', '2022-02-11T25:00:00Z', '2022-02-11T09:00:00+30:00']) {
      expect([text, parseInstant(text)]).toEqual([text, null]);
    }
  });
});
