import { useI18n } from '../i18n/useI18n';
import { LANGUAGES } from '../i18n/languages';

export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switcher" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          title={t(`lang.${option}`)}
          aria-pressed={option === language}
          className={option === language ? 'is-active' : undefined}
          onClick={() => setLanguage(option)}
          data-testid={`language-${option}`}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
