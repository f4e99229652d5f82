import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import type { ReactNodeViewProps } from '@tiptap/react';
import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { AgendaItemAttrs } from '../../../shared/editor/nodes/agendaItem';
import { paragraphLabel } from '../../../shared/protocol/numbering';
import { BoundInput } from '../../components/BoundInput';
import { useT } from '../../i18n/useT';
import { ArrowDownIcon } from '../../icons/ArrowDownIcon';
import { ArrowUpIcon } from '../../icons/ArrowUpIcon';
import { DragHandleIcon } from '../../icons/DragHandleIcon';
import { useMeetingData } from '../../meeting/useMeetingData';
import { useMeetingMeta } from '../../meeting/useMeetingMeta';
import { matchesModAlt } from '../insert/matchesModAlt';
import { useShortcutLabel } from '../insert/useShortcutLabel';
import { ordinalOf } from '../numbering/ordinalOf';
import { focusNodeContent } from './focusNodeContent';
import { moveAgendaItemAt } from './moveAgendaItemAt';
import { requestTitleFocus, takeTitleFocus } from './titleFocusRequests';
import { TitleField } from './TitleField';

/**
 * A paragraph (§): its derived number, title and presenter above the body.
 * The number is never stored; it follows from the meeting's first paragraph
 * number and the item's place, so every browser renumbers on its own.
 */
export function AgendaItemView({ node, decorations, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const t = useT();
  const shortcut = useShortcutLabel();
  const meta = useMeetingMeta();
  const { editable } = useMeetingData();
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const attrs = node.attrs as AgendaItemAttrs;
  const ordinal = ordinalOf(decorations)?.protocolOrdinal ?? 1;
  const number = meta.firstParagraph + ordinal - 1;
  const label = paragraphLabel(meta.kind, number);

  // Every render: the view that shows a just-created item may be new or a reused one.
  useLayoutEffect(() => {
    if (editable && takeTitleFocus(editor, getPos())) titleRef.current?.focus();
  });

  const move = (direction: 'up' | 'down', keepTitleFocus: boolean) => {
    const pos = getPos();
    if (pos === undefined) return;
    const movedTo = moveAgendaItemAt(editor, pos, direction);
    if (movedTo !== null && keepTitleFocus) requestTitleFocus(editor, movedTo);
  };

  const onTitleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const pos = getPos();
    if (pos === undefined) return;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    const atEnd = event.currentTarget.selectionStart === event.currentTarget.value.length;
    if (plain && (event.key === 'Enter' || (event.key === 'ArrowDown' && atEnd))) {
      event.preventDefault();
      focusNodeContent(editor, pos);
    } else if (event.altKey && event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(event.key === 'ArrowUp' ? 'up' : 'down', true);
    } else if (matchesModAlt(event, '1')) {
      event.preventDefault();
      focusNodeContent(editor, pos);
      editor.commands.insertAgendaItem();
    }
  };

  return (
    <NodeViewWrapper as="section" className="agenda-item" data-testid="agenda-item" data-number={number} data-title={attrs.title}>
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
          // Like a label: a click on the number is a click on the title.
          onMouseDown={(event) => {
            const title = titleRef.current;
            if (!editable || !title) return;
            event.preventDefault();
            title.focus();
            title.setSelectionRange(title.value.length, title.value.length);
          }}
          data-testid="agenda-item-number"
        >
          {label}
        </span>
        {editable ? (
          <TitleField ref={titleRef} value={attrs.title} onCommit={(title) => updateAttributes({ title })} onKeyDown={onTitleKeyDown} placeholder={t('agenda.titlePlaceholder')} ariaLabel={t('agenda.title', { number: label })} />
        ) : (
          <h2 className="agenda-item-title is-static" data-testid="agenda-item-title">
            {attrs.title}
          </h2>
        )}
        {editable ? (
          <BoundInput
            className={attrs.presenter ? 'agenda-item-presenter has-value' : 'agenda-item-presenter'}
            value={attrs.presenter}
            onCommit={(presenter) => updateAttributes({ presenter })}
            onKeyDown={(event) => {
              const pos = getPos();
              if (event.key === 'Enter' && pos !== undefined) {
                event.preventDefault();
                focusNodeContent(editor, pos);
              }
            }}
            placeholder={t('agenda.presenter')}
            title={t('agenda.presenterHint')}
            aria-label={t('agenda.presenter')}
            data-testid="agenda-item-presenter"
          />
        ) : (
          attrs.presenter && (
            <span className="agenda-item-presenter is-static" data-testid="agenda-item-presenter">
              {t('agenda.presenterStatic', { name: attrs.presenter })}
            </span>
          )
        )}
        {editable && (
          <span className="agenda-item-moves">
            <button type="button" className="icon-button" title={`${t('agenda.moveUp')} (${shortcut('Alt-Shift-ArrowUp')})`} aria-label={t('agenda.moveUp')} onMouseDown={(event) => event.preventDefault()} onClick={() => move('up', false)} data-testid="agenda-item-move-up">
              <ArrowUpIcon />
            </button>
            <button type="button" className="icon-button" title={`${t('agenda.moveDown')} (${shortcut('Alt-Shift-ArrowDown')})`} aria-label={t('agenda.moveDown')} onMouseDown={(event) => event.preventDefault()} onClick={() => move('down', false)} data-testid="agenda-item-move-down">
              <ArrowDownIcon />
            </button>
          </span>
        )}
      </div>
      <NodeViewContent className="agenda-item-body" />
    </NodeViewWrapper>
  );
}
