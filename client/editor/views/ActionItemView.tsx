import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import type { ReactNodeViewProps } from '@tiptap/react';
import type { ActionItemAttrs } from '../../../shared/editor/nodes/actionItem';
import { useT } from '../../i18n/useT';
import { useMeetingData } from '../../meeting/useMeetingData';
import { withAssignee, withoutAssignee } from '../assignee/assigneeNames';
import { AssigneeChips } from './AssigneeChips';
import { DueField } from './DueField';

/** An action item: done box, the task as text, who does it and by when. */
export function ActionItemView({ node, updateAttributes }: ReactNodeViewProps) {
  const t = useT();
  const { editable } = useMeetingData();
  const attrs = node.attrs as ActionItemAttrs;
  const done = attrs.status === 'done';

  return (
    <NodeViewWrapper className={done ? 'action-item is-done' : 'action-item'} data-testid="action-item" data-assignee={attrs.assignee} data-status={attrs.status}>
      <span className="action-item-check" contentEditable={false}>
        <input
          type="checkbox"
          checked={done}
          disabled={!editable}
          onChange={(event) => updateAttributes({ status: event.target.checked ? 'done' : 'open' })}
          title={t(done ? 'action.markOpen' : 'action.markDone')}
          aria-label={t(done ? 'action.markOpen' : 'action.markDone')}
          data-testid="action-item-status"
        />
      </span>
      <div className="action-item-main">
        <NodeViewContent className="action-item-task" data-placeholder={editable ? t('action.taskPlaceholder') : undefined} />
        <div className="action-item-meta" contentEditable={false}>
          <span className="action-item-kicker">{t('action.label')}</span>
          <AssigneeChips
            assignee={attrs.assignee}
            editable={editable}
            onAdd={(name) => updateAttributes({ assignee: withAssignee(attrs.assignee, name) })}
            onRemove={(index) => updateAttributes({ assignee: withoutAssignee(attrs.assignee, index) })}
          />
          <DueField due={attrs.due} editable={editable} onChange={(due) => updateAttributes({ due })} />
        </div>
      </div>
    </NodeViewWrapper>
  );
}
