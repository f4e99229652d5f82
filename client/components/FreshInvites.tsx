import { useState } from 'react';
import { ROLES } from '../../shared/roles';
import { useT } from '../i18n/useT';
import { forgetFreshInvites, readFreshInvites } from '../meeting/freshInvites';
import { InviteLinkRow } from './InviteLinkRow';

/** After "Skapa nästa möte": the new meeting's invite links, until the secretary closes them. */
export function FreshInvites({ meetingId }: { meetingId: string }) {
  const t = useT();
  const [created, setCreated] = useState(() => readFreshInvites(meetingId));
  if (!created) return null;
  return (
    <section className="card fresh-invites" aria-labelledby="fresh-invites-heading" data-testid="fresh-invites">
      <h2 id="fresh-invites-heading">{t('next.createdHeading')}</h2>
      <p className="muted">{t('invites.hint')}</p>
      <ul className="invite-list">
        {ROLES.map((role) => (
          <InviteLinkRow key={role} role={role} invite={created.invites[role]} />
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            forgetFreshInvites(meetingId);
            setCreated(null);
          }}
          data-testid="fresh-invites-close"
        >
          {t('next.closeInvites')}
        </button>
      </div>
    </section>
  );
}
