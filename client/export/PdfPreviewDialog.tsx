import type { MeetingState } from '../../shared/meetingKind';
import { useModalDialog } from '../components/useModalDialog';
import { useT } from '../i18n/useT';
import { exportUrl } from './exportEntries';

interface PdfPreviewDialogProps {
  meetingId: string;
  state: MeetingState;
  onClose: () => void;
}

/** The exported PDF in the browser's own viewer, inside a modal dialog. */
export function PdfPreviewDialog({ meetingId, state, onClose }: PdfPreviewDialogProps) {
  const t = useT();
  const dialog = useModalDialog(onClose);

  return (
    <dialog
      {...dialog}
      className="export-preview"
      aria-labelledby="export-preview-title"
      data-testid="export-preview"
    >
      <div className="export-preview-bar">
        <h2 id="export-preview-title">{t('export.previewTitle')}</h2>
        {state !== 'adjusted' && <p className="muted">{t('export.previewDraft')}</p>}
        <a className="button button-small" href={exportUrl(meetingId, 'export.pdf')} download data-testid="export-preview-download">
          {t('export.download')}
        </a>
        <button type="button" className="button button-small" onClick={onClose} data-testid="export-preview-close">
          {t('export.close')}
        </button>
      </div>
      <iframe className="export-preview-frame" title={t('export.previewTitle')} src={exportUrl(meetingId, 'export.pdf', true)} data-testid="export-preview-frame" />
    </dialog>
  );
}
