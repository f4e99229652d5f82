import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../../shared/protocol/types';
import { assigneeOptions } from './assigneeOptions';

const person = (name: string, organization = ''): Attendee => ({ id: name, name, organization, role: 'ledamot', presence: 'present' });
const attendees = [person('Anneli Alm', 'Tidaholm'), person('André Essebro', 'Vara'), person('Mari-Louise Brage', 'Hjo'), person('Hillevi Larsson')];

describe('assigneeOptions', () => {
  it('lists every attendee for a bare "@"', () => {
    expect(assigneeOptions(attendees, '').map((o) => o.name)).toEqual(['Anneli Alm', 'André Essebro', 'Mari-Louise Brage', 'Hillevi Larsson']);
  });

  it('finds by the start of any part of the name, ignoring case and accents, then offers the typed name', () => {
    expect(assigneeOptions(attendees, 'and')).toEqual([
      { kind: 'attendee', name: 'André Essebro', organization: 'Vara' },
      { kind: 'free', name: 'and' },
    ]);
    expect(assigneeOptions(attendees, 'louise').map((o) => o.name)).toEqual(['Mari-Louise Brage', 'louise']);
  });

  it('offers no free name when the attendee is typed in full', () => {
    expect(assigneeOptions(attendees, 'anneli alm')).toEqual([{ kind: 'attendee', name: 'Anneli Alm', organization: 'Tidaholm' }]);
  });

  it('offers a name nobody has, and nothing for a whole sentence', () => {
    expect(assigneeOptions(attendees, 'Kajsa  Paulsson')).toEqual([{ kind: 'free', name: 'Kajsa Paulsson' }]);
    expect(assigneeOptions(attendees, 'ska ta reda på detta')).toEqual([]);
  });
});
