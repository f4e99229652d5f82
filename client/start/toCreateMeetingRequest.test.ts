import { describe, expect, it } from 'vitest';
import { EMPTY_FIELDS, toCreateMeetingRequest } from './toCreateMeetingRequest';

describe('toCreateMeetingRequest', () => {
  it('trims and leaves out blank optional fields', () => {
    expect(toCreateMeetingRequest({ ...EMPTY_FIELDS, title: '  Nätverksmöte ', kind: 'notes', body: ' ', place: '' })).toEqual({
      title: 'Nätverksmöte',
      kind: 'notes',
      template: 'notes',
    });
  });

  it('asks for the standard items of the kind, or an empty document', () => {
    expect(toCreateMeetingRequest({ ...EMPTY_FIELDS, title: 'Möte' }).template).toBe('protocol');
    expect(toCreateMeetingRequest({ ...EMPTY_FIELDS, title: 'Möte', standardItems: false }).template).toBe('empty');
  });

  it('keeps body and place', () => {
    expect(toCreateMeetingRequest({ ...EMPTY_FIELDS, title: 'Möte', body: 'Skolchefer', place: 'Digitalt via Teams' })).toMatchObject({
      body: 'Skolchefer',
      place: 'Digitalt via Teams',
    });
  });

  it('sends the picked time as the wall time it is, not shifted by the browser’s zone', () => {
    expect(toCreateMeetingRequest({ ...EMPTY_FIELDS, title: 'Möte', startsAt: '2022-02-11T09:00' }).startsAt).toBe('2022-02-11T09:00');
    expect(toCreateMeetingRequest({ ...EMPTY_FIELDS, title: 'Möte', startsAt: '2022-06-10T09:00' }).startsAt).toBe('2022-06-10T09:00');
  });

  it('drops an unreadable date', () => {
    expect(toCreateMeetingRequest({ ...EMPTY_FIELDS, title: 'Möte', startsAt: 'nej' })).not.toHaveProperty('startsAt');
  });
});
