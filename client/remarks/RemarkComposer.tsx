import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Remark, RemarkAnchor } from '../../shared/adjustment/types';
import { useShortcutLabel } from '../editor/insert/useShortcutLabel';
import { useT } from '../i18n/useT';
import { isRemarkShortcut, REMARK_SHORTCUT } from './isRemarkShortcut';
import { remarkAnchorFromRange } from './remarkAnchorFromRange';
import { setRemarkHighlights } from './setRemarkHighlights';
import { useDomSelectionInView } from './useDomSelectionInView';
import { useTextSelection } from './useTextSelection';
import { errorText } from '../api/errorText';

interface RemarkComposerProps {
  editor: Editor;
  canComment: boolean;
  onSubmit: (anchor: RemarkAnchor, text: string) => Promise<Remark>;
  /** After the new thread is saved and selected, e.g. to show the panel. */
  onPosted?: (remark: Remark) => void;
}

interface Draft {
  anchor: RemarkAnchor;
  top: number;
  left: number;
}

/** Page coordinates just below the end of the selection, where the button and the box float. */
function placeBelow(editor: Editor, pos: number): { top: number; left: number } {
  const coords = editor.view.coordsAtPos(pos);
  return { top: coords.bottom + window.scrollY + 6, left: Math.max(8, coords.left + window.scrollX - 12) };
}

/**
 * "Kommentera" beside selected text, also in a read-only editor (the chair
 * and the adjusters review without writing), or Mod-Alt-M; then a box to
 * write the remark. The anchor is taken when the box opens, so the text
 * others type meanwhile does not move what is being commented on.
 */
export function RemarkComposer({ editor, canComment, onSubmit, onPosted }: RemarkComposerProps) {
  const t = useT();
  const shortcut = useShortcutLabel();
  const selection = useTextSelection(editor);
  const selectionInView = useDomSelectionInView(editor);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selected = canComment && selection.from < selection.to;

  const open = useCallback(() => {
    if (!selected || editor.isDestroyed) return false;
    const { from, to } = editor.state.selection;
    const anchor = remarkAnchorFromRange(editor.state, from, to);
    if (!anchor) return false;
    setDraft({ anchor, ...placeBelow(editor, to) });
    setError(null);
    return true;
  }, [editor, selected]);

  const close = () => {
    setDraft(null);
    setText('');
    setError(null);
  };

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (isRemarkShortcut(event) && open()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  // A protocol sent on or locked while the box is open cannot take the remark any more.
  useEffect(() => {
    if (!canComment) setDraft(null);
  }, [canComment]);

  const submit = () => {
    const body = text.trim();
    if (!draft || !body || busy) return;
    setBusy(true);
    onSubmit(draft.anchor, body).then(
      (remark) => {
        setBusy(false);
        close();
        setRemarkHighlights(editor, { activeId: remark.id });
        onPosted?.(remark);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(t('remarks.saveFailed', { message: errorText(t, failure) }));
      },
    );
  };

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  if (draft) {
    return createPortal(
      <form
        className="remark-compose"
        style={{ top: draft.top, left: draft.left }}
        aria-label={t('remarks.compose.label')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <blockquote className="remark-quote">{draft.anchor.quote}</blockquote>
        <textarea
          className="remark-textarea"
          aria-label={t('remarks.compose.label')}
          placeholder={t('remarks.compose.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onTextKeyDown}
          autoFocus
          rows={3}
          data-testid="remark-text"
        />
        {error && (
          <p className="remark-error" role="alert">
            {error}
          </p>
        )}
        <div className="remark-actions">
          <button type="submit" className="button button-primary button-small" disabled={busy || !text.trim()} data-testid="remark-submit">
            {t('remarks.submit')}
          </button>
          <button type="button" className="button button-small" onClick={close}>
            {t('remarks.cancel')}
          </button>
        </div>
      </form>,
      document.body,
    );
  }

  if (!selected || !selectionInView) return null;
  const place = placeBelow(editor, selection.to);
  return createPortal(
    <button
      type="button"
      className="remark-add"
      style={{ top: place.top, left: place.left }}
      // Keeps the text selected: a focused button would otherwise take the selection with it in some browsers.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => open()}
      title={t('remarks.addHint', { shortcut: shortcut(REMARK_SHORTCUT) })}
      data-testid="remark-add"
    >
      {t('remarks.add')}
    </button>,
    document.body,
  );
}
