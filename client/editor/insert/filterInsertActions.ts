import type { InsertAction } from './insertActions';

/** The actions a "/" query finds: by the start of any word of the label, or by a keyword. */
export function filterInsertActions(actions: readonly InsertAction[], query: string, labelOf: (action: InsertAction) => string): InsertAction[] {
  const needle = query.trim().toLocaleLowerCase('sv');
  if (!needle) return [...actions];
  return actions.filter((action) => {
    const words = [...labelOf(action).toLocaleLowerCase('sv').split(/[\s()]+/), ...action.keywords];
    return words.some((word) => word.startsWith(needle));
  });
}
