import { useEffect, useId, useState } from 'react';
import type { StructuredProtocol } from '../../shared/protocol/types';
import { errorText } from '../api/errorText';
import { getProtocolAt, restoreCheckpoint } from '../api/historyApi';
import { useT } from '../i18n/useT';

/**
 * The secretary chooses what to bring back from a checkpoint: the whole
 * text, or one § as it was numbered there. The restore is a new change
 * everyone receives, not a rewrite of what was stored.
 */
export function RestoreForm({ meetingId, checkpointId, onCancel, onDone }: { meetingId: string; checkpointId: number; onCancel: () => void; onDone: () => void }) {
  const t = useT();
  const selectId = useId();
  const [items, setItems] = useState<StructuredProtocol['items'] | null>(null);
  const [choice, setChoice] = useState('whole');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getProtocolAt(meetingId, checkpointId, controller.signal).then(
      (protocol) => setItems(protocol.items),
      (error: unknown) => {
        if (!controller.signal.aborted) setFailure(t('history.restore.failed', { message: errorText(t, error) }));
      },
    );
    return () => controller.abort();
  }, [meetingId, checkpointId, t]);

  const restore = () => {
    setBusy(true);
    setFailure(null);
    restoreCheckpoint(meetingId, choice === 'whole' ? { checkpointId } : { checkpointId, itemNumber: Number(choice) }).then(
      () => {
        // The panel says it was done: this form closes.
        setBusy(false);
        onDone();
      },
      (error: unknown) => {
        setBusy(false);
        setFailure(t('history.restore.failed', { message: errorText(t, error) }));
      },
    );
  };

  return (
    <div className="history-restore" data-testid="history-restore-form">
      <label htmlFor={selectId}>{t('history.restore.what')}</label>
      <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)} disabled={busy} data-testid="history-restore-choice">
        <option value="whole">{t('history.restore.whole')}</option>
        {items?.map((item) => (
          <option key={item.number} value={String(item.number)}>
            {t('history.restore.item', { number: item.number, title: item.title })}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="button" className="button button-primary button-small" disabled={busy} onClick={restore} data-testid="history-restore-confirm">
          {t('history.restore.confirm')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('history.restore.cancel')}
        </button>
      </div>
      {failure && (
        <p className="form-error" role="alert" data-testid="history-restore-failure">
          {failure}
        </p>
      )}
    </div>
  );
}
