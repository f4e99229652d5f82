import { useEffect, useRef, useState } from 'react';
import type { Remark } from '../../shared/adjustment/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import type { PlacedThread } from './groupThreadsByParagraph';
import type { RemarkAbilities } from './remarkAbilities';
import { RemarkMessage } from './RemarkMessage';
import { RemarkReplyForm } from './RemarkReplyForm';

interface RemarkThreadCardProps {
  placed: PlacedThread;
  active: boolean;
  abilities: RemarkAbilities;
  onReveal: () => void;
  onReply: (text: string) => Promise<Remark>;
  onSetResolved: (resolved: boolean) => Promise<Remark>;
}

/**
 * One thread: the quoted text (a click goes there), the remark and its
 * replies, a reply box and resolve/reopen. A resolved thread folds to one
 * line so the open ones stand out.
 */
export function RemarkThreadCard({ placed, active, abilities, onReveal, onReply, onSetResolved }: RemarkThreadCardProps) {
  const { t, language } = useI18n();
  const { thread, range } = placed;
  const { root, replies } = thread;
  const resolved = root.resolvedAt !== null;
  const [expanded, setExpanded] = useState(!resolved);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLElement>(null);

  // Whoever resolves or reopens, every browser folds or unfolds with it.
  useEffect(() => setExpanded(!resolved), [resolved]);

  useEffect(() => {
    if (!active) return;
    setExpanded(true);
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'auto' });
  }, [active]);

  const toggleResolved = () => {
    setBusy(true);
    onSetResolved(!resolved).then(
      () => setBusy(false),
      () => setBusy(false),
    );
  };

  const classes = ['remark-card', active && 'is-active', resolved && 'is-resolved', !range && 'is-gone'].filter(Boolean).join(' ');
  const quote = root.anchor?.quote ?? '';

  return (
    <article ref={ref} className={classes} data-testid="remark-card" data-remark-id={root.id} data-resolved={resolved}>
      <button type="button" className="remark-quote-button" onClick={onReveal} title={range ? t('remarks.goToText') : t('remarks.gone')}>
        <blockquote className="remark-quote">{quote}</blockquote>
        {!range && <span className="remark-gone">{t('remarks.gone')}</span>}
      </button>
      {resolved && (
        <div className="remark-resolved-line">
          <span>{t('remarks.resolvedBy', { name: root.resolvedBy ?? '', time: formatDateTime(root.resolvedAt ?? '', language) })}</span>
          <button type="button" className="remark-link" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
            {expanded ? t('remarks.collapse') : t('remarks.expand')}
          </button>
        </div>
      )}
      {expanded && (
        <>
          <RemarkMessage remark={root} />
          {replies.length > 0 && (
            <ol className="remark-replies" aria-label={t('remarks.replyCount', { count: replies.length })}>
              {replies.map((reply) => (
                <li key={reply.id}>
                  <RemarkMessage remark={reply} />
                </li>
              ))}
            </ol>
          )}
          {abilities.comment && !resolved && <RemarkReplyForm onReply={onReply} />}
        </>
      )}
      {abilities.resolve && (
        <button type="button" className="button button-small remark-resolve" disabled={busy} onClick={toggleResolved} data-testid="remark-resolve">
          {resolved ? t('remarks.reopen') : t('remarks.resolve')}
        </button>
      )}
    </article>
  );
}
