import { useImperativeHandle, useState } from 'react';
import type { Ref } from 'react';
import type { MenuHandle } from './MenuHandle';

/** Arrow keys move through the items, Enter and Tab pick; the list starts at the top on every new query. */
export function useMenuNavigation<I>(items: I[], query: string, onPick: (item: I) => void, ref: Ref<MenuHandle> | undefined): [number, (index: number) => void] {
  const [active, setActive] = useState(0);
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    setActive(0);
  }
  const current = items.length === 0 ? -1 : Math.min(active, items.length - 1);

  useImperativeHandle(
    ref,
    () => ({
      onKeyDown: (event: KeyboardEvent) => {
        if (items.length === 0) return false;
        if (event.key === 'ArrowDown') {
          setActive((current + 1) % items.length);
          return true;
        }
        if (event.key === 'ArrowUp') {
          setActive((current - 1 + items.length) % items.length);
          return true;
        }
        if (event.key === 'Enter' || event.key === 'Tab') {
          const item = items[current];
          if (item === undefined) return false;
          onPick(item);
          return true;
        }
        return false;
      },
    }),
    [items, current, onPick],
  );

  return [current, setActive];
}
