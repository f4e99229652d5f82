import type { ReactNode } from 'react';

interface ToolbarButtonProps {
  label: string;
  onRun: () => void;
  /** Only toggles (bold, lists) have a pressed state; inserting buttons leave it out. */
  active?: boolean;
  disabled?: boolean;
  testId?: string;
  children: ReactNode;
}

export function ToolbarButton({ label, onRun, active, disabled = false, testId, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={active ? 'toolbar-button is-active' : 'toolbar-button'}
      title={label}
      aria-label={label}
      aria-pressed={active}
      disabled={disabled}
      // Keep the caret in the text: a secretary clicks Bold and goes on typing.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onRun}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
