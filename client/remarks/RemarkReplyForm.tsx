import { useState } from 'react';
import { useT } from '../i18n/useT';
import { errorText } from '../api/errorText';

/** The reply box under a thread; cleared once the reply is saved. */
export function RemarkReplyForm({ onReply }: { onReply: (text: string) => Promise<unknown> }) {
  const t = useT();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const body = text.trim();
    if (!body || busy) return;
    setBusy(true);
    onReply(body).then(
      () => {
        setBusy(false);
        setText('');
        setError(null);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(t('remarks.saveFailed', { message: errorText(t, failure) }));
      },
    );
  };

  return (
    <form
      className="remark-reply"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <textarea
        className="remark-textarea"
        aria-label={t('remarks.reply.label')}
        placeholder={t('remarks.reply.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
        rows={2}
        data-testid="remark-reply-text"
      />
      {error && (
        <p className="remark-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-small" disabled={busy || !text.trim()} data-testid="remark-reply-submit">
        {t('remarks.reply.submit')}
      </button>
    </form>
  );
}
