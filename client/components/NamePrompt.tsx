import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_NAME_LENGTH, normalizeName } from '../identity/displayNameStorage';
import { useT } from '../i18n/useT';

interface NamePromptProps {
  initialName: string;
  onSubmit: (name: string) => void;
  /** Absent on the first visit: the name is needed before the editor opens. */
  onCancel?: () => void;
}

export function NamePrompt({ initialName, onSubmit, onCancel }: NamePromptProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initialName);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalized = normalizeName(name);
    if (normalized) onSubmit(normalized);
  };

  return (
    <dialog
      ref={dialog}
      className="name-prompt"
      aria-labelledby="name-prompt-title"
      data-testid="name-prompt"
      onCancel={(event) => {
        // Escape closes a native dialog; without a name there is nothing to go back to.
        event.preventDefault();
        onCancel?.();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="name-prompt-title">{t('name.title')}</h2>
        <p className="muted">{t('name.hint')}</p>
        <div className="field">
          <label htmlFor="name-prompt-input">{t('name.label')}</label>
          <input
            id="name-prompt-input"
            type="text"
            autoFocus
            required
            autoComplete="name"
            maxLength={MAX_NAME_LENGTH}
            value={name}
            placeholder={t('name.placeholder')}
            onChange={(event) => setName(event.target.value)}
            data-testid="name-prompt-input"
          />
        </div>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={!normalizeName(name)} data-testid="name-prompt-submit">
            {onCancel ? t('name.save') : t('name.submit')}
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('name.cancel')}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
