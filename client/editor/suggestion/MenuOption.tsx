import type { ReactNode } from 'react';

interface MenuOptionProps {
  active: boolean;
  onActivate: () => void;
  onPick: () => void;
  testId: string;
  name?: string;
  children: ReactNode;
}

/** One row of a suggestion menu ("/" or "@"): picking it must not take the caret out of the editor. */
export function MenuOption({ active, onActivate, onPick, testId, name, children }: MenuOptionProps) {
  return (
    <button
      type="button"
      role="option"
      aria-selected={active}
      className={active ? 'menu-item is-active' : 'menu-item'}
      onMouseDown={(event) => event.preventDefault()}
      onMouseEnter={onActivate}
      onClick={onPick}
      data-testid={testId}
      data-name={name}
    >
      {children}
    </button>
  );
}
