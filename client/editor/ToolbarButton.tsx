import type { ReactNode } from 'react';

interface ToolbarButtonProps {
  label: string;
  onRun: () => void;
  active?: boolean;
  disabled?: boolean;
  children: ReactNode;
}

export function ToolbarButton({ label, onRun, active = false, disabled = false, children }: ToolbarButtonProps) {
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
    >
      {children}
    </button>
  );
}
