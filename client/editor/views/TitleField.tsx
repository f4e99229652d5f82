import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useDraft } from '../../components/useDraft';

interface TitleFieldProps {
  value: string;
  onCommit: (next: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  placeholder: string;
  ariaLabel: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A paragraph's (§) title: one line of text that wraps like the heading it
 * is ("Styrgrupp utifrån politiskt uppdrag obehöriga elever (Anneli)" does
 * not fit an <input>). Line breaks are never part of a title.
 */
export function TitleField({ value, onCommit, onKeyDown, placeholder, ariaLabel, ref }: TitleFieldProps) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const [draft, change] = useDraft(value, onCommit);

  // Grows with its text where CSS field-sizing is not supported.
  useLayoutEffect(() => {
    const element = own.current;
    if (!element || CSS.supports('field-sizing', 'content')) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight}px`;
  }, [draft]);

  return (
    <textarea
      ref={(element) => {
        own.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
      className="agenda-item-title"
      rows={1}
      value={draft}
      onChange={(event) => change(event.target.value.replace(/\s*\n\s*/g, ' '))}
      onKeyDown={onKeyDown}
      placeholder={placeholder}
      aria-label={ariaLabel}
      spellCheck
      data-testid="agenda-item-title"
    />
  );
}
