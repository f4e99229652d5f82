import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../shared/protocol/types';
import { plannedApprovers } from './plannedApprovers';

const attendee = (name: string, role: Attendee['role']): Attendee => ({ id: name, name, organization: 'Skövde kommun', role, presence: 'present' });

describe('plannedApprovers', () => {
  it('lists the chair first, then the adjusters in attendance order', () => {
    const attendees = [attendee('Bo Lind', 'justerare'), attendee('Eva Berg', 'ledamot'), attendee('Anna Ek', 'ordforande'), attendee('Cilla Ström', 'justerare')];
    expect(plannedApprovers(attendees)).toEqual([
      { name: 'Anna Ek', organization: 'Skövde kommun', role: 'chair' },
      { name: 'Bo Lind', organization: 'Skövde kommun', role: 'adjuster' },
      { name: 'Cilla Ström', organization: 'Skövde kommun', role: 'adjuster' },
    ]);
  });

  it('leaves out vice chairs, secretaries and unnamed rows', () => {
    expect(plannedApprovers([attendee('Dan Ås', 'vice_ordforande'), attendee('Sara Sekr', 'sekreterare'), attendee(' ', 'justerare')])).toEqual([]);
  });
});
