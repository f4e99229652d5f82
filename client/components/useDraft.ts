import { useState } from 'react';

/**
 * Local text of an input bound to a shared value (a node attribute, a Y.Map
 * field). Typing shows at once; a change from elsewhere replaces the draft.
 * Without it, a value that arrives a render later moves the caret to the end.
 */
export function useDraft(value: string, commit: (next: string) => void): [string, (next: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const change = (next: string) => {
    setDraft(next);
    commit(next);
  };
  return [draft, change];
}
