import type { InputHTMLAttributes, Ref } from 'react';
import { useDraft } from './useDraft';

type BoundInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (next: string) => void;
  ref?: Ref<HTMLInputElement>;
};

/** A text input showing a shared value and writing every change back to it. */
export function BoundInput({ value, onCommit, ref, ...rest }: BoundInputProps) {
  const [draft, change] = useDraft(value, onCommit);
  return <input ref={ref} {...rest} value={draft} onChange={(event) => change(event.target.value)} />;
}
