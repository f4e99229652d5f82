import { useState } from 'react';
import type { FormEvent } from 'react';
import { addCorrection } from '../api/reviewApi';
import { errorText } from '../api/errorText';
import { useT } from '../i18n/useT';
import { TextAreaField } from './TextAreaField';

interface CorrectionFormProps {
  meetingId: string;
  /** Undefined for a person the server knows: it records their own name. */
  author: string | undefined;
  onAdded: () => void;
}

/** "Lägg till rättelse": both what is corrected and why are required, so the addendum explains itself. */
export function CorrectionForm({ meetingId, author, onAdded }: CorrectionFormProps) {
  const t = useT();
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const complete = what.trim() !== '' && why.trim() !== '';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!complete) return;
    setBusy(true);
    setError(null);
    try {
      await addCorrection(meetingId, { author, what: what.trim(), why: why.trim() });
      setWhat('');
      setWhy('');
      onAdded();
    } catch (failure) {
      setError(t('corrections.failed', { message: errorText(t, failure) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="correction-form" onSubmit={(event) => void submit(event)}>
      <h3>{t('corrections.add')}</h3>
      <TextAreaField id="correction-what" label={t('corrections.what')} rows={2} value={what} placeholder={t('corrections.whatPlaceholder')} onChange={setWhat} />
      <TextAreaField id="correction-why" label={t('corrections.why')} rows={2} value={why} placeholder={t('corrections.whyPlaceholder')} onChange={setWhy} />
      {error && (
        <p className="form-error" role="alert" data-testid="correction-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={!complete || busy} data-testid="add-correction">
          {busy ? t('corrections.adding') : t('corrections.add')}
        </button>
      </div>
    </form>
  );
}
