import type { Remark } from '../../shared/adjustment/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';

/** One remark or reply: who wrote it, in which role, when, and what. */
export function RemarkMessage({ remark }: { remark: Remark }) {
  const { t, language } = useI18n();
  return (
    <div className="remark-message">
      <div className="remark-meta">
        <span className="remark-author">{remark.author}</span>
        <span className="remark-role">{t(`role.${remark.role}`)}</span>
        <time dateTime={remark.createdAt}>{formatDateTime(remark.createdAt, language)}</time>
      </div>
      <p className="remark-body">{remark.text}</p>
    </div>
  );
}
