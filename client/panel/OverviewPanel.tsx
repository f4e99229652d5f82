import type { Editor } from '@tiptap/core';
import { decisionCitation, paragraphLabel } from '../../shared/protocol/numbering';
import { DUE_NEXT_MEETING } from '../../shared/protocol/types';
import { assigneeNames } from '../editor/assignee/assigneeNames';
import type { ProtocolOutline } from '../editor/outline/protocolOutline';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { useMeetingMeta } from '../meeting/useMeetingMeta';
import { revealNode } from './revealNode';

/** All decisions and open action items of the meeting, live; a click goes there. */
export function OverviewPanel({ editor, outline }: { editor: Editor; outline: ProtocolOutline }) {
  const { t, language } = useI18n();
  const { kind, firstParagraph } = useMeetingMeta();
  const open = outline.actionItems.filter((item) => item.status === 'open');
  const done = outline.actionItems.length - open.length;
  const numberOf = (ordinal: number) => firstParagraph + ordinal - 1;
  const dueText = (due: string) => {
    if (due === DUE_NEXT_MEETING) return t('due.nextMeeting');
    return t('due.on', { date: /^\d{4}-\d\d-\d\d$/.test(due) ? formatDateTime(`${due}T00:00`, language, false) : due });
  };

  return (
    <div className="overview" data-testid="overview-panel">
      <section className="panel-section" data-testid="decision-list">
        <h3 className="panel-heading">
          {t('overview.decisions')} <span className="panel-count">{outline.decisions.length}</span>
        </h3>
        {outline.decisions.length === 0 ? (
          <p className="panel-empty">{t('overview.noDecisions')}</p>
        ) : (
          <ul className="overview-list">
            {outline.decisions.map((decision) => {
              const citation = decisionCitation(kind, numberOf(decision.itemOrdinal), decision.number);
              return (
                <li key={decision.index}>
                  <button type="button" className="overview-entry" onClick={() => revealNode(editor, 'decision', decision.index)} data-testid="overview-decision" data-citation={citation}>
                    <span className="overview-entry-title">{citation}</span>
                    <span className="overview-entry-text">{decision.clauses.filter(Boolean).join(' ') || t('overview.emptyDecision')}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="panel-section" data-testid="action-item-list">
        <h3 className="panel-heading">
          {t('overview.openActionItems')} <span className="panel-count">{open.length}</span>
        </h3>
        {open.length === 0 ? (
          <p className="panel-empty">{t('overview.noActionItems')}</p>
        ) : (
          <ul className="overview-list">
            {open.map((item) => {
              const names = assigneeNames(item.assignee);
              return (
                <li key={item.index}>
                  <button type="button" className="overview-entry" onClick={() => revealNode(editor, 'actionItem', item.index)} data-testid="overview-action-item" data-assignee={item.assignee}>
                    <span className="overview-entry-title">
                      {names.length > 0 ? names.join(', ') : t('action.noAssignee')}
                      {item.itemOrdinal !== null && <span className="overview-entry-where"> · {paragraphLabel(kind, numberOf(item.itemOrdinal))}</span>}
                    </span>
                    <span className="overview-entry-text">{item.task || t('overview.emptyTask')}</span>
                    {item.due && <span className="overview-entry-due">{dueText(item.due)}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {done > 0 && <p className="panel-note">{t('overview.doneCount', { count: done })}</p>}
      </section>
    </div>
  );
}
