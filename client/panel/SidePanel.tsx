import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { may } from '../../shared/adjustment/permissions';
import type { MeetingSummary } from '../../shared/api/types';
import type { ProtocolOutline } from '../editor/outline/protocolOutline';
import { useT } from '../i18n/useT';
import { useAttendees } from '../meeting/useAttendees';
import { HistoryPanel } from '../history/HistoryPanel';
import { AttendancePanel } from './AttendancePanel';
import { OverviewPanel } from './OverviewPanel';
import { RemarkComposer } from '../remarks/RemarkComposer';
import { RemarksPanel } from '../remarks/RemarksPanel';
import { useActiveRemarkId } from '../remarks/useActiveRemarkId';
import { useRemarks } from '../remarks/useRemarks';

type Tab = 'overview' | 'attendance' | 'remarks' | 'history';

/** Beside the text: what the meeting decided and who does what, who attended, and the remarks on the text. */
export function SidePanel({ editor, outline, meeting }: { editor: Editor; outline: ProtocolOutline; meeting: MeetingSummary }) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('overview');
  const attendees = useAttendees();
  const remarks = useRemarks(editor, meeting.id, Boolean(meeting.person));
  const activeRemark = useActiveRemarkId(editor);
  // A click on marked text selects its thread; the thread must then be in view.
  useEffect(() => {
    if (activeRemark !== null) setTab('remarks');
  }, [activeRemark]);
  const openCount = outline.actionItems.filter((item) => item.status === 'open').length;
  const tabs: { id: Tab; label: string; count: number }[] = [
    { id: 'overview', label: t('panel.overview'), count: outline.decisions.length + openCount },
    { id: 'attendance', label: t('panel.attendance'), count: attendees.length },
    { id: 'remarks', label: t('remarks.tab'), count: remarks.openCount },
  ];
  // Secretary, chair and adjusters read the history; the server refuses it to anyone else.
  const history = may(meeting.role, meeting.state, 'readHistory');

  return (
    <aside className="side-panel" aria-label={t('panel.label')} data-testid="side-panel">
      <div className="panel-tabs" role="tablist">
        {tabs.map(({ id, label, count }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`panel-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            className={tab === id ? 'panel-tab is-active' : 'panel-tab'}
            onClick={() => setTab(id)}
            data-testid={`panel-tab-${id}`}
          >
            {label} <span className="panel-count">{count}</span>
          </button>
        ))}
        {history && (
          <button
            type="button"
            role="tab"
            id="panel-tab-history"
            aria-selected={tab === 'history'}
            aria-controls="panel-history"
            className={tab === 'history' ? 'panel-tab is-active' : 'panel-tab'}
            onClick={() => setTab('history')}
            data-testid="panel-tab-history"
          >
            {t('history.tab')}
          </button>
        )}
      </div>
      <div className="panel-body" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`panel-tab-${tab}`}>
        {tab === 'overview' && <OverviewPanel editor={editor} outline={outline} />}
        {tab === 'attendance' && <AttendancePanel meeting={meeting} />}
        {tab === 'remarks' && <RemarksPanel editor={editor} remarks={remarks} role={meeting.role} state={meeting.state} />}
        {tab === 'history' && history && <HistoryPanel meeting={meeting} />}
      </div>
      <RemarkComposer editor={editor} canComment={may(meeting.role, meeting.state, 'comment')} onSubmit={remarks.startThread} />
    </aside>
  );
}
