import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { copyText } from '../browser/copyText';

type CopyState = 'idle' | 'copied' | 'failed';

const FEEDBACK_MS = 2000;

export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => setState((await copyText(text)) ? 'copied' : 'failed');

  return (
    <button
      type="button"
      className={`button button-small copy-button is-${state}`}
      onClick={() => void copy()}
      data-testid={testId}
      data-state={state}
      title={state === 'failed' ? t('invites.copyFailed') : undefined}
    >
      <span aria-live="polite">{state === 'copied' ? `✓ ${t('invites.copied')}` : t('invites.copy')}</span>
    </button>
  );
}
