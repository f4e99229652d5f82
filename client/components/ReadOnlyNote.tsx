import { EyeIcon } from '../icons/EyeIcon';
import { LockIcon } from '../icons/LockIcon';
import { useT } from '../i18n/useT';

export function ReadOnlyNote({ locked }: { locked: boolean }) {
  const t = useT();
  return (
    <p className="read-only-note" role="note" data-testid="read-only-note">
      {locked ? <LockIcon /> : <EyeIcon />}
      {t(locked ? 'meeting.locked' : 'meeting.readOnly')}
    </p>
  );
}
