import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useT } from '../i18n/useT';
import { BulletListIcon } from '../icons/BulletListIcon';
import { OrderedListIcon } from '../icons/OrderedListIcon';
import { RedoIcon } from '../icons/RedoIcon';
import { UndoIcon } from '../icons/UndoIcon';
import { ToolbarButton } from './ToolbarButton';
import { toolbarState } from './toolbarState';

export function EditorToolbar({ editor }: { editor: Editor }) {
  const t = useT();
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
