import { useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import { BoundInput } from './BoundInput';

type FormattedPickerProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'placeholder'> & {
  type: 'date' | 'time' | 'datetime-local';
  value: string;
  onCommit: (next: string) => void;
  /** The value as the reader expects it in the UI language ("11 februari 2022"). */
  display: string;
  /** Shown instead of the browser's own empty pattern (mm/dd/yyyy), which follows the OS, not the UI. */
  placeholder: string;
};

/**
 * A native date or time picker that reads like the document when it is not
 * being edited: the browser would write "02/11/2022, 09:00 AM" in the
 * language of the operating system; the protocol says "11 februari 2022 09:00".
 */
export function FormattedPicker({ display, placeholder, className, ...rest }: FormattedPickerProps) {
  const [editing, setEditing] = useState(false);
  const masked = !editing;
  return (
    <span className="formatted-picker">
      <BoundInput
        {...rest}
        className={masked ? `${className ?? ''} is-masked` : className}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
      />
      {masked && (
        <span className={display ? 'formatted-picker-text' : 'formatted-picker-text is-placeholder'} aria-hidden="true">
          {display || placeholder}
        </span>
      )}
    </span>
  );
}
