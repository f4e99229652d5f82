import { useCallback, useEffect, useState } from 'react';
import { may } from '../../shared/adjustment/permissions';
import type { HistoryCheckpoint, HistoryComparison, HistoryEdit, HistoryResponse } from '../../shared/api/history';
import type { MeetingSummary } from '../../shared/api/types';
import { getComparison, getHistory } from '../api/historyApi';
import { errorText } from '../api/errorText';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { authorLabel } from './authorLabel';
import { ComparisonView } from './ComparisonView';
import { RestoreForm } from './RestoreForm';
import { timeline } from './timeline';

interface Shown {
  title: string;
  comparison: HistoryComparison | null;
  error: string | null;
}

/**
 * The protocol's history beside the text, newest first: the checkpoints
 * (sent for review, sent back, locked, …) and who edited which § when. A
 * point opens what changed since then, marked in the text; the secretary
 * may restore the text, or one §, to a checkpoint before the lock. An
 * adjuster or chair opening it while the protocol is in review sees the
 * changes since it was sent for review.
 */
export function HistoryPanel({ meeting }: { meeting: Pick<MeetingSummary, 'id' | 'role' | 'state'> }) {
  const { t, language } = useI18n();
  const [history, setHistory] = useState<HistoryResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [opened, setOpened] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canRestore = may(meeting.role, meeting.state, 'restoreHistory');

  const load = useCallback(() => {
    const controller = new AbortController();
    getHistory(meeting.id, controller.signal).then(
      (answer) => {
        setHistory(answer);
        setFailure(null);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setFailure(errorText(t, error));
      },
    );
    return () => controller.abort();
  }, [meeting.id, t]);
  useEffect(load, [load]);

  const show = useCallback(
    (title: string, from: number, to: number | null) => {
      setShown({ title, comparison: null, error: null });
      getComparison(meeting.id, from, to).then(
        (comparison) => setShown({ title, comparison, error: null }),
        (error: unknown) => setShown({ title, comparison: null, error: errorText(t, error) }),
      );
    },
    [meeting.id, t],
  );

  const at = (iso: string) => formatDateTime(iso, language);
  const review = history ? [...history.checkpoints].reverse().find((checkpoint) => checkpoint.label === 'review') : undefined;
  const showSinceReview = useCallback(() => {
    if (review) show(t('history.sinceReview'), review.upToUpdateId, null);
  }, [review, show, t]);
  // What adjusters are asked to check: what changed since the version they were sent.
  useEffect(() => {
    if (opened || !review || meeting.state !== 'review' || meeting.role === 'secretary') return;
    setOpened(true);
    showSinceReview();
  }, [opened, review, meeting.state, meeting.role, showSinceReview]);

  if (failure) {
    return (
      <div className="history" data-testid="history-panel">
        <p className="form-error" role="alert">
          {t('history.loadFailed', { message: failure })}
        </p>
        <button type="button" className="button button-small" onClick={load}>
          {t('history.refresh')}
        </button>
      </div>
    );
  }
  if (!history) {
    return (
      <p className="panel-empty" role="status" data-testid="history-panel">
        {t('history.loading')}
      </p>
    );
  }
  const entries = timeline(history);

  return (
    <div className="history" data-testid="history-panel">
      <div className="history-actions">
        {review && (
          <button type="button" className="button button-small" onClick={showSinceReview} data-testid="history-since-review">
            {t('history.sinceReview')}
          </button>
        )}
        <button type="button" className="button button-small" onClick={load} data-testid="history-refresh">
          {t('history.refresh')}
        </button>
      </div>
      {notice && (
        <p className="muted" role="status" data-testid="history-notice">
          {notice}
        </p>
      )}
      {entries.length === 0 && <p className="panel-empty">{t('history.empty')}</p>}
      <ol className="history-list">
        {entries.map((entry) =>
          entry.kind === 'checkpoint' ? (
            <CheckpointEntry
              key={`c${entry.checkpoint.id}`}
              checkpoint={entry.checkpoint}
              when={at(entry.checkpoint.at)}
              onShow={() => show(`${t(`history.checkpoint.${entry.checkpoint.label}`)} · ${at(entry.checkpoint.at)}`, entry.checkpoint.upToUpdateId, null)}
              restore={
                canRestore
                  ? {
                      open: restoring === entry.checkpoint.id,
                      toggle: () => setRestoring(restoring === entry.checkpoint.id ? null : entry.checkpoint.id),
                      done: () => {
                        setRestoring(null);
                        setNotice(t('history.restore.done'));
                        load();
                      },
                    }
                  : null
              }
              meetingId={meeting.id}
            />
          ) : (
            <EditEntry key={`e${entry.edit.upToUpdateId}`} edit={entry.edit} when={at(entry.edit.at)} onShow={() => show(`${authorLabel(t, entry.edit.by)} · ${at(entry.edit.at)}`, entry.before, entry.edit.upToUpdateId)} />
          ),
        )}
      </ol>
      {shown && (
        <Comparison shown={shown} onClose={() => setShown(null)} />
      )}
    </div>
  );
}

function Comparison({ shown, onClose }: { shown: Shown; onClose: () => void }) {
  const { t } = useI18n();
  if (shown.comparison) return <ComparisonView comparison={shown.comparison} title={shown.title} onClose={onClose} />;
  return (
    <p className={shown.error ? 'form-error' : 'panel-empty'} role={shown.error ? 'alert' : 'status'} data-testid="history-comparison-status">
      {shown.error ? t('history.compare.failed', { message: shown.error }) : t('history.compare.loading')}
    </p>
  );
}

interface RestoreControl {
  open: boolean;
  toggle: () => void;
  done: () => void;
}

function CheckpointEntry({ checkpoint, when, onShow, restore, meetingId }: { checkpoint: HistoryCheckpoint; when: string; onShow: () => void; restore: RestoreControl | null; meetingId: string }) {
  const { t } = useI18n();
  return (
    <li className={`history-entry is-checkpoint is-${checkpoint.label}`} data-testid="history-checkpoint" data-label={checkpoint.label}>
      <span className="history-entry-title">{t(`history.checkpoint.${checkpoint.label}`)}</span>
      <span className="history-entry-meta">
        {when}
        {(checkpoint.by.name ?? checkpoint.by.role) && ` · ${authorLabel(t, checkpoint.by)}`}
      </span>
      <span className="history-entry-actions">
        <button type="button" className="link-button" onClick={onShow} data-testid="history-show-since">
          {t('history.showSince')}
        </button>
        {restore && (
          <button type="button" className="link-button" onClick={restore.toggle} aria-expanded={restore.open} data-testid="history-restore">
            {t('history.restore')}
          </button>
        )}
      </span>
      {restore?.open && <RestoreForm meetingId={meetingId} checkpointId={checkpoint.id} onCancel={restore.toggle} onDone={restore.done} />}
    </li>
  );
}

function EditEntry({ edit, when, onShow }: { edit: HistoryEdit; when: string; onShow: () => void }) {
  const { t } = useI18n();
  const items = edit.items.map((number) => `§ ${number}`).join(', ');
  return (
    <li className="history-entry is-edit" data-testid="history-edit" data-items={edit.items.join(' ')}>
      <span className="history-entry-title">{authorLabel(t, edit.by)}</span>
      <span className="history-entry-meta">
        {when} · {items ? t('history.edit.items', { items }) : t('history.edit.noItems')}
      </span>
      <span className="history-entry-actions">
        <button type="button" className="link-button" onClick={onShow} data-testid="history-show-edit">
          {t('history.showEdit')}
        </button>
      </span>
    </li>
  );
}

