import type { CreateMeetingResponse } from '../../shared/api/types';
import { ROLES } from '../../shared/roles';
import { useT } from '../i18n/useT';
import { meetingPath } from '../router/matchRoute';
import { navigate } from '../router/navigate';
import { InviteLinkRow } from './InviteLinkRow';

interface InviteLinksProps {
  title: string;
  created: CreateMeetingResponse;
  onCreateAnother: () => void;
}

export function InviteLinks({ title, created, onCreateAnother }: InviteLinksProps) {
  const t = useT();
  return (
    <section className="card invite-links" aria-labelledby="invites-heading" data-testid="invite-links">
      <h2 id="invites-heading">{t('invites.heading')}</h2>
      <p className="card-lead">{t('invites.for', { title })}</p>
      <p className="muted">{t('invites.hint')}</p>
      <ul className="invite-list">
        {ROLES.map((role) => (
          <InviteLinkRow key={role} role={role} invite={created.invites[role]} />
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => navigate(meetingPath(created.id))} data-testid="open-meeting">
          {t('invites.open')}
        </button>
        <button type="button" className="button" onClick={onCreateAnother}>
          {t('create.another')}
        </button>
      </div>
    </section>
  );
}
