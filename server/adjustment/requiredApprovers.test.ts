import { describe, expect, it } from 'vitest';
import { requiredApprovers } from './requiredApprovers';

const attendee = (name: string, role: 'ordforande' | 'justerare' | 'ledamot', presence: 'present' | 'absent' = 'present') => ({
  id: `id-${name.trim() || 'blank'}-${role}`,
  name,
  organization: 'Tibro',
  role,
  presence,
});

describe('requiredApprovers', () => {
  it('lists the chair first, then the adjusters, in attendee order', () => {
    const list = requiredApprovers([attendee('Zophia', 'justerare'), attendee('Katarina', 'ordforande'), attendee('Ove', 'ledamot'), attendee('Anneli', 'justerare')]);
    expect(list.map((a) => [a.name, a.role])).toEqual([
      ['Katarina', 'chair'],
      ['Zophia', 'adjuster'],
      ['Anneli', 'adjuster'],
    ]);
  });

  it('skips absent attendees, blank names and a name listed twice', () => {
    const list = requiredApprovers([attendee('Zophia', 'justerare', 'absent'), attendee('  ', 'justerare'), attendee('Katarina', 'ordforande'), attendee('Katarina', 'justerare')]);
    expect(list).toEqual([{ attendeeId: 'id-Katarina-ordforande', name: 'Katarina', organization: 'Tibro', role: 'chair' }]);
  });
});
