import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import type { ReactNodeViewProps } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { agendaTitleOf } from '../../../shared/editor/nodes/headingText';
import { paragraphLabel } from '../../../shared/protocol/numbering';
import { useT } from '../../i18n/useT';
import { ArrowDownIcon } from '../../icons/ArrowDownIcon';
import { ArrowUpIcon } from '../../icons/ArrowUpIcon';
import { DragHandleIcon } from '../../icons/DragHandleIcon';
import { useMeetingData } from '../../meeting/useMeetingData';
import { useMeetingMeta } from '../../meeting/useMeetingMeta';
import { useShortcutLabel } from '../insert/useShortcutLabel';
import { ordinalOf } from '../numbering/ordinalOf';
import { moveAgendaItemAt } from './moveAgendaItemAt';

/**
 * A paragraph (§): its derived number beside the title, presenter and body,
 * which are all the node's own shared text (typed in place, merged by
 * character). The number is never stored; it follows from the meeting's
 * first paragraph number and the item's place, so every browser renumbers
 * on its own.
 */
export function AgendaItemView({ node, decorations, editor, getPos }: ReactNodeViewProps) {
  const t = useT();
  const shortcut = useShortcutLabel();
  const meta = useMeetingMeta();
  const { editable } = useMeetingData();
  const ordinal = ordinalOf(decorations)?.protocolOrdinal ?? 1;
  const number = meta.firstParagraph + ordinal - 1;
  const label = paragraphLabel(meta.kind, number);
  const title = agendaTitleOf(node);

  const move = (direction: 'up' | 'down') => {
    const pos = getPos();
    if (pos !== undefined) moveAgendaItemAt(editor, pos, direction);
  };

  // Like a label: a click on the number puts the caret at the end of the title.
  const caretToTitle = () => {
    const pos = getPos();
    if (!editable || pos === undefined) return;
    const end = pos + 1 + node.child(0).nodeSize - 1;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, end)));
    editor.view.focus();
  };

  return (
    <NodeViewWrapper as="section" className="agenda-item" data-testid="agenda-item" data-number={number} data-title={title} aria-label={t('agenda.title', { number: label })}>
      <div className="agenda-item-head" contentEditable={false}>
        {editable && (
          // Not a button: TipTap leaves events of buttons to the button, and the drag must reach ProseMirror.
          // Keyboard users move with the buttons or Alt+Shift+arrows.
          <span className="agenda-item-handle" data-drag-handle="" draggable="true" title={t('agenda.drag')} aria-hidden="true" data-testid="agenda-item-handle">
            <DragHandleIcon />
          </span>
        )}
        <span
          className={meta.kind === 'notes' ? 'agenda-item-number is-notes' : 'agenda-item-number'}
          onMouseDown={(event) => {
            if (!editable) return;
            event.preventDefault();
            caretToTitle();
          }}
          data-testid="agenda-item-number"
        >
          {label}
        </span>
        {editable && (
          <span className="agenda-item-moves">
            <button type="button" className="icon-button" title={`${t('agenda.moveUp')} (${shortcut('Alt-Shift-ArrowUp')})`} aria-label={t('agenda.moveUp')} onMouseDown={(event) => event.preventDefault()} onClick={() => move('up')} data-testid="agenda-item-move-up">
              <ArrowUpIcon />
            </button>
            <button type="button" className="icon-button" title={`${t('agenda.moveDown')} (${shortcut('Alt-Shift-ArrowDown')})`} aria-label={t('agenda.moveDown')} onMouseDown={(event) => event.preventDefault()} onClick={() => move('down')} data-testid="agenda-item-move-down">
              <ArrowDownIcon />
            </button>
          </span>
        )}
      </div>
      <NodeViewContent className="agenda-item-body" />
    </NodeViewWrapper>
  );
}
