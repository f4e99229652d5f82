import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useT } from '../i18n/useT';
import { BulletListIcon } from '../icons/BulletListIcon';
import { OrderedListIcon } from '../icons/OrderedListIcon';
import { RedoIcon } from '../icons/RedoIcon';
import { UndoIcon } from '../icons/UndoIcon';
import { InsertActionIcon } from './insert/InsertActionIcon';
import { INSERT_ACTIONS } from './insert/insertActions';
import type { InsertActionId } from './insert/insertActions';
import { useShortcutLabel } from './insert/useShortcutLabel';
import { ToolbarButton } from './ToolbarButton';
import { toolbarState } from './toolbarState';
import type { ToolbarState } from './toolbarState';

/** The protocol's own blocks, first in the toolbar: they are what a secretary inserts most. */
const PROTOCOL_BLOCKS: { id: InsertActionId; enabled: (state: ToolbarState) => boolean }[] = [
  { id: 'agendaItem', enabled: () => true },
  { id: 'decision', enabled: (state) => state.canInsertDecision },
  { id: 'actionItem', enabled: (state) => state.canInsertActionItem },
  { id: 'table', enabled: (state) => state.canInsertTable },
];

export function EditorToolbar({ editor }: { editor: Editor }) {
  const t = useT();
  const shortcut = useShortcutLabel();
  const state = useEditorState({ editor, selector: ({ editor }) => toolbarState(editor) });
  const chain = () => editor.chain().focus();

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="editor-toolbar">
      <div className="toolbar-group">
        <ToolbarButton label={t('toolbar.undo')} disabled={!state.canUndo} onRun={() => chain().undo().run()}>
          <UndoIcon />
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.redo')} disabled={!state.canRedo} onRun={() => chain().redo().run()}>
          <RedoIcon />
        </ToolbarButton>
      </div>
      <div className="toolbar-group" role="group" aria-label={t('toolbar.insert')}>
        {PROTOCOL_BLOCKS.map(({ id, enabled }) => {
          const action = INSERT_ACTIONS.find((candidate) => candidate.id === id)!;
          const label = action.shortcut ? `${t(action.label)} (${shortcut(action.shortcut)})` : t(action.label);
          return (
            <ToolbarButton key={id} label={label} disabled={!enabled(state)} onRun={() => action.run(editor)} testId={`insert-${id}`}>
              <InsertActionIcon id={id} />
            </ToolbarButton>
          );
        })}
      </div>
      <div className="toolbar-group">
        <ToolbarButton label={t('toolbar.heading')} active={state.heading} onRun={() => chain().toggleHeading({ level: 2 }).run()}>
          <span aria-hidden="true" className="toolbar-glyph-heading">{t('toolbar.heading.short')}</span>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.subheading')} active={state.subheading} onRun={() => chain().toggleHeading({ level: 3 }).run()}>
          <span aria-hidden="true" className="toolbar-glyph-subheading">{t('toolbar.subheading.short')}</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton label={t('toolbar.bold')} active={state.bold} onRun={() => chain().toggleBold().run()}>
          <b aria-hidden="true">{t('toolbar.bold.short')}</b>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.italic')} active={state.italic} onRun={() => chain().toggleItalic().run()}>
          <i aria-hidden="true">{t('toolbar.italic.short')}</i>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton label={t('toolbar.bulletList')} active={state.bulletList} onRun={() => chain().toggleBulletList().run()}>
          <BulletListIcon />
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.orderedList')} active={state.orderedList} onRun={() => chain().toggleOrderedList().run()}>
          <OrderedListIcon />
        </ToolbarButton>
      </div>
    </div>
  );
}
