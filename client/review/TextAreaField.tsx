interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  rows: number;
  autoFocus?: boolean;
}

/** A labelled, required text area of the review forms (the id doubles as the test id). */
export function TextAreaField({ id, label, value, onChange, placeholder, rows, autoFocus = false }: TextAreaFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="review-textarea"
        rows={rows}
        required
        autoFocus={autoFocus}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        data-testid={id}
      />
    </div>
  );
}
