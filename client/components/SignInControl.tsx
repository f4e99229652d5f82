import { useState } from 'react';
import type { MeResponse } from '../../shared/api/me';
import { signOut } from '../api/meApi';
import { useT } from '../i18n/useT';

/**
 * "Logga in" with the organisation's account, or who is signed in and
 * "Logga ut". A plain link, not a form: the login leaves for the provider's
 * site, which the page's form-action policy would not allow.
 */
export function SignInControl({ me }: { me: MeResponse | null }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  if (!me?.signInAvailable) return null;
  if (!me.signedIn) {
    const back = `${window.location.pathname}${window.location.search}`;
    return (
      <a className="button button-small" href={`/auth/login?return=${encodeURIComponent(back)}`} data-testid="sign-in">
        {t('signIn.button')}
      </a>
    );
  }
  const who = me.signedIn.name ?? me.signedIn.email ?? '';
  return (
    <span className="sign-in-state" data-testid="signed-in">
      <span className="muted" title={me.signedIn.email ?? undefined}>
        {t('signIn.as', { name: who })}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void signOut().finally(() => window.location.reload());
        }}
        data-testid="sign-out"
      >
        {t('signIn.out')}
      </button>
    </span>
  );
}
