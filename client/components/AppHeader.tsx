import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The thin bar on every page; `children` go to its right, before the language switcher. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <header className="app-header">
      <Link href="/" className="brand" title={t('app.home')}>
        <span className="brand-mark" aria-hidden="true">§</span>
        <span className="brand-name">{t('app.name')}</span>
      </Link>
      <div className="app-header-end">
        {children}
        <LanguageSwitcher />
      </div>
    </header>
  );
}
