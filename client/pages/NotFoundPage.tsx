import { AppHeader } from '../components/AppHeader';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <AppHeader />
      <main className="narrow">
        <section className="card problem">
          <h1>{t('notFound.title')}</h1>
          <p>{t('notFound.body')}</p>
          <p>
            <Link href="/" className="button">
              {t('app.home')}
            </Link>
          </p>
        </section>
      </main>
    </>
  );
}
