import type { Ref } from 'react';

/** What a suggestion popup exposes to the editor: the keys it takes while open. */
export interface MenuHandle {
  onKeyDown: (event: KeyboardEvent) => boolean;
}

/** Props every suggestion popup gets from popupRender. */
export interface MenuProps<I> {
  items: I[];
  query: string;
  onPick: (item: I) => void;
  ref?: Ref<MenuHandle>;
}
