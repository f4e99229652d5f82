import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { MEETING_KINDS } from '../../shared/meetingKind';
import { createMeeting } from '../api/meetingsApi';
import { toApiError } from '../api/toApiError';
import { useT } from '../i18n/useT';
import { EMPTY_FIELDS, toCreateMeetingRequest } from '../start/toCreateMeetingRequest';
import type { CreateMeetingFields } from '../start/toCreateMeetingRequest';
import { OptionalLabel } from './OptionalLabel';

interface CreateMeetingFormProps {
  onCreated: (created: CreateMeetingResponse, title: string) => void;
}

export function CreateMeetingForm({ onCreated }: CreateMeetingFormProps) {
  const t = useT();
  const [fields, setFields] = useState<CreateMeetingFields>(EMPTY_FIELDS);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const set = <K extends keyof CreateMeetingFields>(key: K, value: CreateMeetingFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = toCreateMeetingRequest(fields);
    setSubmitting(true);
    setError(null);
    try {
      onCreated(await createMeeting(request), request.title);
    } catch (failure) {
      setError(t('create.failed', { message: toApiError(failure).message }));
      setSubmitting(false);
    }
  };

  return (
    <form className="card create-form" onSubmit={(event) => void submit(event)} aria-labelledby="create-heading" data-testid="create-meeting-form">
      <h2 id="create-heading">{t('create.heading')}</h2>

      <div className="field">
        <label htmlFor="create-title">{t('create.title')}</label>
        <input
          id="create-title"
          type="text"
          required
          autoFocus
          maxLength={200}
          value={fields.title}
          placeholder={t('create.titlePlaceholder')}
          onChange={(event) => set('title', event.target.value)}
          data-testid="create-title"
        />
      </div>

      <fieldset className="field">
        <legend>{t('create.kind')}</legend>
        <div className="segmented">
          {MEETING_KINDS.map((kind) => (
            <label key={kind} className={fields.kind === kind ? 'is-active' : undefined}>
              <input type="radio" name="kind" value={kind} checked={fields.kind === kind} onChange={() => set('kind', kind)} data-testid={`create-kind-${kind}`} />
              {t(`kind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>{t('create.template')}</legend>
        <div className="segmented">
          {([true, false] as const).map((standardItems) => (
            <label key={String(standardItems)} className={fields.standardItems === standardItems ? 'is-active' : undefined}>
              <input
                type="radio"
                name="template"
                checked={fields.standardItems === standardItems}
                onChange={() => set('standardItems', standardItems)}
                data-testid={standardItems ? 'create-template-standard' : 'create-template-empty'}
              />
              {t(standardItems ? 'create.template.standard' : 'create.template.empty')}
            </label>
          ))}
        </div>
        <p className="field-hint">{fields.standardItems ? t(`create.template.${fields.kind}.hint`) : t('create.template.empty.hint')}</p>
      </fieldset>

      <div className="field-row">
        <div className="field">
          <OptionalLabel htmlFor="create-body" text={t('create.body')} />
          <input id="create-body" type="text" maxLength={200} value={fields.body} placeholder={t('create.bodyPlaceholder')} onChange={(event) => set('body', event.target.value)} />
        </div>
        <div className="field">
          <OptionalLabel htmlFor="create-starts-at" text={t('create.startsAt')} />
          <input id="create-starts-at" type="datetime-local" value={fields.startsAt} onChange={(event) => set('startsAt', event.target.value)} />
        </div>
      </div>

      <div className="field">
        <OptionalLabel htmlFor="create-place" text={t('create.place')} />
        <input id="create-place" type="text" maxLength={200} value={fields.place} placeholder={t('create.placePlaceholder')} onChange={(event) => set('place', event.target.value)} />
      </div>

      {error && (
        <p className="form-error" role="alert" data-testid="create-error">
          {error}
        </p>
      )}

      <div className="actions">
        <button type="submit" className="button button-primary" disabled={submitting} data-testid="create-submit">
          {submitting ? t('create.submitting') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}
