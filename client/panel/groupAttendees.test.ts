import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../shared/protocol/types';
import { groupAttendees } from './groupAttendees';

const a = (name: string, presence: Attendee['presence']): Attendee => ({ id: name, name, organization: '', role: 'ledamot', presence });
const list = [a('Katarina Lindberg', 'present'), a('Grästorps kommun', 'absent'), a('Hillevi Larsson', 'other'), a('Anneli Alm', 'present')];
const names = (group: { attendees: Attendee[] }) => group.attendees.map((x) => x.name);

describe('groupAttendees', () => {
  it('groups a protocol as Beslutande, Ej närvarande, Övriga deltagande, keeping the order', () => {
    const groups = groupAttendees(list, 'protocol');
    expect(groups.map((g) => g.key)).toEqual(['present', 'absent', 'other']);
    expect(groups.map(names)).toEqual([['Katarina Lindberg', 'Anneli Alm'], ['Grästorps kommun'], ['Hillevi Larsson']]);
  });

  it('groups notes as Deltog and Deltog ej', () => {
    expect(groupAttendees(list, 'notes').map(names)).toEqual([['Katarina Lindberg', 'Hillevi Larsson', 'Anneli Alm'], ['Grästorps kommun']]);
  });
});
