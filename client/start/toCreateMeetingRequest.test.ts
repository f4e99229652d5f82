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

  it('sends the picked local time as the same instant in ISO form', () => {
    const request = toCreateMeetingRequest({ ...EMPTY_FIELDS, title: 'Möte', startsAt: '2025-03-10T08:30' });
    expect(request.startsAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(new Date(request.startsAt ?? '').getTime()).toBe(new Date('2025-03-10T08:30').getTime());
  });

  it('drops an unreadable date', () => {
    expect(toCreateMeetingRequest({ ...EMPTY_FIELDS, title: 'Möte', startsAt: 'nej' })).not.toHaveProperty('startsAt');
  });
});
