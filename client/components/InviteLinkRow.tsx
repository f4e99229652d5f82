import type { Invite } from '../../shared/api/types';
import type { Role } from '../../shared/roles';
import { useT } from '../i18n/useT';
import { CopyButton } from './CopyButton';

export function InviteLinkRow({ role, invite }: { role: Role; invite: Invite }) {
  const t = useT();
  // The server may answer a path; the Teams chat needs the full address.
  const url = new URL(invite.url, window.location.origin).href;
  const inputId = `invite-${role}`;
  return (
    <li className={`invite-row role-${role}`}>
      <div className="invite-role">
        <label htmlFor={inputId}>{t(`role.${role}`)}</label>
        <span className="invite-hint">{t(`role.${role}.hint`)}</span>
      </div>
      <input
        id={inputId}
        className="invite-url"
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
        data-testid={`invite-link-${role}`}
      />
      <CopyButton text={url} testId={`copy-invite-${role}`} />
    </li>
  );
}
