import { describe, expect, it } from 'vitest';
import { formatMeetingTime } from './formatMeetingTime';

describe('formatMeetingTime', () => {
  it('shows a meeting at 09:00 wall time as kl. 09.00, as the exports do', () => {
    expect(formatMeetingTime('2022-02-11T09:00', 'sv', 'Europe/Stockholm')).toBe('11 februari 2022 kl. 09.00');
    expect(formatMeetingTime('2022-06-10T09:00', 'sv', 'Europe/Stockholm')).toBe('10 juni 2022 kl. 09.00');
    expect(formatMeetingTime('2022-02-11T09:00', 'en', 'Europe/Stockholm')).toBe('11 February 2022 at 09:00');
  });

  it('shows an instant as the wall time in the installation’s zone, winter and summer', () => {
    expect(formatMeetingTime('2022-02-11T08:00:00Z', 'sv', 'Europe/Stockholm')).toBe('11 februari 2022 kl. 09.00');
    expect(formatMeetingTime('2022-06-10T07:00:00.000Z', 'sv', 'Europe/Stockholm')).toBe('10 juni 2022 kl. 09.00');
    expect(formatMeetingTime('2022-02-11T08:00:00Z', 'sv', 'Europe/Helsinki')).toBe('11 februari 2022 kl. 10.00');
  });

  it('shows a date without a time, and free text as it is', () => {
    expect(formatMeetingTime('2022-02-11', 'sv', 'Europe/Stockholm')).toBe('11 februari 2022');
    expect(formatMeetingTime('10 mars', 'sv', 'Europe/Stockholm')).toBe('10 mars');
  });
});
