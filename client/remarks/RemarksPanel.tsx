import type { Editor } from '@tiptap/core';
import { useMemo } from 'react';
import type { MeetingState } from '../../shared/meetingKind';
import { paragraphLabel } from '../../shared/protocol/numbering';
import type { Role } from '../../shared/roles';
import { useT } from '../i18n/useT';
import { useMeetingMeta } from '../meeting/useMeetingMeta';
import { groupThreadsByParagraph } from './groupThreadsByParagraph';
import { remarkAbilities } from './remarkAbilities';
import { revealRemark } from './revealRemark';
import type { RemarksModel } from './useRemarks';
import { useRemarkHighlightState } from './useRemarkHighlightState';
import { RemarkThreadCard } from './RemarkThreadCard';
// Loaded with the panel, which the meeting page always mounts: the marks in the text need it too.
import '../styles/remarks.css';

interface RemarksPanelProps {
  editor: Editor;
  remarks: RemarksModel;
  role: Role;
  state: MeetingState;
}

/** The remark threads per paragraph (§), in the order of the protocol; a click on a quote goes to its text. */
export function RemarksPanel({ editor, remarks, role, state }: RemarksPanelProps) {
  const t = useT();
  const { kind, firstParagraph } = useMeetingMeta();
  const { highlights, doc } = useRemarkHighlightState(editor);
  const abilities = remarkAbilities(role, state);
  const ranges = highlights?.ranges;
  const groups = useMemo(() => groupThreadsByParagraph(doc, remarks.threads, ranges ?? new Map()), [doc, remarks.threads, ranges]);

  return (
    <div className="remarks" data-testid="remarks-panel" aria-label={t('remarks.label')}>
      {state === 'adjusted' && <p className="panel-note">{t('remarks.locked')}</p>}
      {remarks.loadFailed && (
        <p className="remark-error" role="alert">
          {t('remarks.loadFailed')}
        </p>
      )}
      {groups.length === 0 && <p className="panel-empty">{abilities.comment ? t('remarks.empty') : t('remarks.emptyReadOnly')}</p>}
      {groups.map((group) => {
        const open = group.threads.filter((placed) => placed.thread.root.resolvedAt === null).length;
        return (
          <section key={group.ordinal ?? 'outside'} className="panel-section" data-testid="remark-group" data-ordinal={group.ordinal ?? ''}>
            <h3 className="panel-heading">
              {group.ordinal === null ? t('remarks.outside') : `${paragraphLabel(kind, firstParagraph + group.ordinal - 1)} ${group.title}`.trim()}{' '}
              <span className="panel-count" title={t('remarks.openCount', { count: open })}>
                {open}
              </span>
            </h3>
            {group.threads.map((placed) => {
              const id = placed.thread.root.id;
              return (
                <RemarkThreadCard
                  key={id}
                  placed={placed}
                  active={highlights?.activeId === id}
                  abilities={abilities}
                  onReveal={() => revealRemark(editor, id, placed.range)}
                  onReply={(text) => remarks.reply(id, text)}
                  onSetResolved={(resolved) => remarks.setResolved(id, resolved)}
                />
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
