import { describe, expect, it } from 'vitest';
import { assigneeNames, withAssignee, withoutAssignee } from './assigneeNames';

describe('assignee names', () => {
  it('splits the attribute and skips blanks', () => {
    expect(assigneeNames(' Mari-Louise Brage ,, Jonny Palmkvist ')).toEqual(['Mari-Louise Brage', 'Jonny Palmkvist']);
    expect(assigneeNames('')).toEqual([]);
  });

  it('appends a name once, without commas of its own', () => {
    expect(withAssignee('', 'Hillevi Larsson')).toBe('Hillevi Larsson');
    expect(withAssignee('Mari-Louise Brage', 'Jonny Palmkvist')).toBe('Mari-Louise Brage, Jonny Palmkvist');
    expect(withAssignee('Andre', 'andre')).toBe('Andre');
    expect(withAssignee('Andre', ' Larsson,  Hillevi ')).toBe('Andre, Larsson Hillevi');
    expect(withAssignee('Andre', '  ')).toBe('Andre');
  });

  it('removes a name by its place', () => {
    expect(withoutAssignee('A, B, C', 1)).toBe('A, C');
  });
});
