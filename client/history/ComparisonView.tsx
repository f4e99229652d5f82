import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import type { HistoryComparison } from '../../shared/api/history';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { colorForName } from '../identity/userColor';
import { useT } from '../i18n/useT';
import { ModalDialog } from '../review/ModalDialog';
import { authorLabel } from './authorLabel';
import { comparisonExtensions } from './changeMarks';
import { comparisonDoc } from './comparisonDoc';

/**
 * What changed between two points of the history, rendered in a read-only
 * editor from the server's document with its deletions (y-tiptap's
 * snapshot rendering): insertions and deletions marked in each §, in the
 * colour of who made them. Its document is local and never sent.
 */
export function ComparisonView({ comparison, title, onClose }: { comparison: HistoryComparison; title: string; onClose: () => void }) {
  const t = useT();
  const built = useMemo(() => comparisonDoc(comparison, (by) => authorLabel(t, by)), [comparison, t]);
  useEffect(() => () => built.doc.destroy(), [built]);
  const colorMapping = useMemo(
    () => new Map(built.people.map((person) => [person.label, { light: `${colorForName(person.label)}33`, dark: colorForName(person.label) }])),
    [built],
  );
  const editor = useEditor(
    {
      extensions: [
        ...comparisonExtensions(),
        Collaboration.configure({
          document: built.doc,
          field: BODY_FRAGMENT,
          // y-tiptap reads only these three members of PermanentUserData when it renders a snapshot.
          ySyncOptions: { permanentUserData: built.users as unknown as Y.PermanentUserData, colorMapping },
        }),
      ],
      editable: false,
      editorProps: { attributes: { class: 'protocol-doc comparison-doc', 'aria-label': title } },
    },
    [built],
  );
  useEffect(() => {
    editor.view.dispatch(editor.state.tr.setMeta(ySyncPluginKey, { snapshot: built.snapshot, prevSnapshot: built.prevSnapshot }));
  }, [editor, built]);

  return (
    <ModalDialog title={title} onClose={onClose} testId="history-comparison" wide>
      <div className="comparison-header">
        <ul className="comparison-legend" aria-label={t('history.compare.authors')}>
          {built.people.map((person) => (
            <li key={person.label} style={{ borderColor: colorForName(person.label) }} data-testid="comparison-author">
              {person.label}
            </li>
          ))}
        </ul>
        <span className="comparison-key">
          <span className="ychange ychange-added">{t('history.compare.added')}</span> <span className="ychange ychange-removed">{t('history.compare.removed')}</span>
        </span>
      </div>
      <div className="comparison-scroll doc-page">
        <EditorContent editor={editor} className="doc-content" data-testid="comparison-editor" />
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} data-testid="comparison-close">
          {t('history.compare.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
