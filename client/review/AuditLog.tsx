import { useState } from 'react';
import { useT } from '../i18n/useT';
import { AuditDialog } from './AuditDialog';

/** "Händelselogg": the secretary's record of who did what in the workflow, behind one button. */
export function AuditLog({ meetingId }: { meetingId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)} data-testid="audit-open">
        {t('audit.open')}
      </button>
      {open && <AuditDialog meetingId={meetingId} onClose={() => setOpen(false)} />}
    </>
  );
}
