import type { InputHTMLAttributes } from 'react';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { BoundInput } from './BoundInput';
import { FormattedPicker } from './FormattedPicker';

type PickerOrTextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'placeholder'> & {
  type: 'date' | 'time';
  value: string;
  onCommit: (next: string) => void;
  placeholder: string;
};

const FORMATS = { date: /^\d{4}-\d\d-\d\d$/, time: /^\d\d:\d\d$/ };

/**
 * A date or time picker, or a plain text field when the value is no ISO date
 * or time ("10 mars", "08.30" from a pasted protocol): a picker would show
 * such a value as empty, and the next keystroke would erase it.
 */
export function PickerOrTextInput({ type, value, placeholder, ...rest }: PickerOrTextInputProps) {
  const { language } = useI18n();
  if (value !== '' && !FORMATS[type].test(value)) return <BoundInput type="text" value={value} {...rest} />;
  const display = value && type === 'date' ? formatDateTime(`${value}T00:00`, language, false) : value;
  return <FormattedPicker type={type} value={value} display={display} placeholder={placeholder} {...rest} />;
}
