import { useEffect, useId, useRef, useState } from 'react';
import type { MeetingState } from '../../shared/meetingKind';
import { useT } from '../i18n/useT';
import { exportEntries, exportUrl } from './exportEntries';
import { PdfPreviewDialog } from './PdfPreviewDialog';
import './exportMenu.css';

interface ExportMenuProps {
  meetingId: string;
  state: MeetingState;
}

/** "Exportera": the downloads of the protocol as plain links, and a PDF preview. */
export function ExportMenu({ meetingId, state }: ExportMenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    // A click elsewhere or Escape closes the menu, as a native menu would.
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="export-menu" ref={root} data-testid="export-menu">
      <button
        type="button"
        className="button button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        data-testid="export-button"
      >
        {t('export.button')}
      </button>
      {open && (
        <div className="export-menu-list" id={menuId} role="menu" aria-label={t('export.menuLabel')}>
          {exportEntries(state).map((entry) => (
            <a
              key={entry.id}
              role="menuitem"
              className="export-menu-item"
              href={exportUrl(meetingId, entry.file)}
              download
              onClick={() => setOpen(false)}
              data-testid={`export-${entry.id}`}
            >
              <span className="export-menu-label">{t(entry.label)}</span>
              <span className="export-menu-hint">{t(entry.hint)}</span>
            </a>
          ))}
          <button
            type="button"
            role="menuitem"
            className="export-menu-item export-menu-preview"
            onClick={() => {
              setOpen(false);
              setPreviewing(true);
            }}
            data-testid="export-preview-open"
          >
            <span className="export-menu-label">{t('export.preview')}</span>
          </button>
        </div>
      )}
      {previewing && <PdfPreviewDialog meetingId={meetingId} state={state} onClose={() => setPreviewing(false)} />}
    </div>
  );
}
