import { CopyButton } from './CopyButton';
import { useT } from '../i18n/useT';

/**
 * Words this browser held that the protocol never got, because it was
 * adjusted (locked) before they could be saved: shown to copy into a
 * rättelse or a remark, never dropped silently. `onDiscard` forgets them
 * (the local copy), once they are copied or not wanted.
 */
export function UnsavedWords({ text, onDiscard }: { text: string; onDiscard?: () => void }) {
  const t = useT();
  return (
    <section className="closed-notice unsaved-words" role="alert" data-testid="unsaved-words">
      <p>{t('unsaved.lockedBefore')}</p>
      <pre className="unsaved-words-text" data-testid="unsaved-words-text">
        {text}
      </pre>
      <div className="actions">
        <CopyButton text={text} testId="copy-unsaved-words" />
        {onDiscard && (
          <button type="button" className="button button-small" onClick={onDiscard} data-testid="discard-unsaved-words">
            {t('unsaved.discard')}
          </button>
        )}
      </div>
    </section>
  );
}
