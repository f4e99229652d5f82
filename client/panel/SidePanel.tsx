import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { ProtocolOutline } from '../editor/outline/protocolOutline';
import { useT } from '../i18n/useT';
import { useAttendees } from '../meeting/useAttendees';
import { AttendancePanel } from './AttendancePanel';
import { OverviewPanel } from './OverviewPanel';

type Tab = 'overview' | 'attendance';

/** Beside the text: what the meeting decided and who does what, and who attended. */
export function SidePanel({ editor, outline }: { editor: Editor; outline: ProtocolOutline }) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('overview');
  const attendees = useAttendees();
  const openCount = outline.actionItems.filter((item) => item.status === 'open').length;
  const tabs: { id: Tab; label: string; count: number }[] = [
    { id: 'overview', label: t('panel.overview'), count: outline.decisions.length + openCount },
    { id: 'attendance', label: t('panel.attendance'), count: attendees.length },
  ];

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
      </div>
      <div className="panel-body" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`panel-tab-${tab}`}>
        {tab === 'overview' ? <OverviewPanel editor={editor} outline={outline} /> : <AttendancePanel />}
      </div>
    </aside>
  );
}
