import { useDraft } from './useDraft';

/** The meeting's first paragraph number: only whole numbers from 1 are written; a half-typed value waits. */
export function FirstParagraphInput({ value, onChange }: { value: number; onChange: (next: number) => void }) {
  const [draft, change] = useDraft(String(value), (next) => {
    const number = Number(next);
    if (/^\d+$/.test(next) && Number.isSafeInteger(number) && number >= 1) onChange(number);
  });
  return (
    <input
      type="number"
      min={1}
      step={1}
      inputMode="numeric"
      className="doc-inline-input doc-number-input"
      value={draft}
      onChange={(event) => change(event.target.value)}
      data-testid="meta-first-paragraph"
    />
  );
}
