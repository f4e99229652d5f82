/** The names in an action item's `assignee` attribute (comma-separated when several share it). */
export function assigneeNames(assignee: string): string[] {
  return assignee
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The attribute with one more name; a name already there (in any case) is not added twice. */
export function withAssignee(assignee: string, name: string): string {
  const names = assigneeNames(assignee);
  const clean = name.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean || names.some((existing) => existing.toLocaleLowerCase('sv') === clean.toLocaleLowerCase('sv'))) return names.join(', ');
  return [...names, clean].join(', ');
}

/** The attribute without the name at `index`. */
export function withoutAssignee(assignee: string, index: number): string {
  return assigneeNames(assignee)
    .filter((_name, i) => i !== index)
    .join(', ');
}
