import type { Attendee } from '../../../shared/protocol/types';

export type AssigneeOption = { kind: 'attendee'; name: string; organization: string } | { kind: 'free'; name: string };

/** More words than a name has: the "@" was prose, not a person, so nothing is offered. */
const MAX_WORDS = 4;

const fold = (text: string) => text.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{Diacritic}/gu, '');

/**
 * What "@query" offers in an action item: attendees whose name or a word of
 * it starts with the query (accents ignored: "andre" finds André), then the
 * typed name itself, so someone not on the list can be named as well.
 */
export function assigneeOptions(attendees: readonly Attendee[], query: string): AssigneeOption[] {
  const typed = query.replace(/\s+/g, ' ').trim();
  const needle = fold(typed);
  if (typed.split(' ').length > MAX_WORDS) return [];
  const matches = attendees.filter((attendee) => {
    const name = fold(attendee.name);
    return name.startsWith(needle) || name.split(/[\s-]+/).some((word) => word.startsWith(needle));
  });
  const options: AssigneeOption[] = matches.map((attendee) => ({ kind: 'attendee', name: attendee.name, organization: attendee.organization }));
  if (typed && !matches.some((attendee) => fold(attendee.name) === needle)) options.push({ kind: 'free', name: typed });
  return options;
}
