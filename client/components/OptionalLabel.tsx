import { useT } from '../i18n/useT';

export function OptionalLabel({ htmlFor, text }: { htmlFor: string; text: string }) {
  const t = useT();
  return (
    <label htmlFor={htmlFor}>
      {text} <span className="optional">({t('create.optional')})</span>
    </label>
  );
}
