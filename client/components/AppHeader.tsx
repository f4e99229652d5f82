import type { ReactNode } from 'react';
import type { MeResponse } from '../../shared/api/me';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SignInControl } from './SignInControl';

/**
 * The thin bar on every page; `children` go to its right, before sign-in and
 * the language switcher. `me` (from GET /api/me) shows "Logga in" or who is
 * signed in; without it the bar offers no sign-in.
 */
export function AppHeader({ children, me = null }: { children?: ReactNode; me?: MeResponse | null }) {
  const t = useT();
  return (
    <header className="app-header">
      <Link href="/" className="brand" title={t('app.home')}>
        <span className="brand-mark" aria-hidden="true">§</span>
        <span className="brand-name">{t('app.name')}</span>
      </Link>
      <div className="app-header-end">
        {children}
        <SignInControl me={me} />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
