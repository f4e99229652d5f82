import type { AuditEntry } from '../../shared/adjustment/types';
import { isRole } from '../../shared/roles';
import { useI18n } from '../i18n/useI18n';
import { auditActionKey } from './auditActionKey';
import { formatAuditDetail } from './formatAuditDetail';
import { formatAuditTime } from './formatAuditTime';

export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const { t, language } = useI18n();
  const actionKey = auditActionKey(entry.action);
  return (
    <tr data-testid="audit-entry" data-action={entry.action}>
      <td className="audit-time">{formatAuditTime(entry.at, language)}</td>
      <td>{actionKey ? t(actionKey) : entry.action}</td>
      <td>{entry.actor ?? '–'}</td>
      <td>{entry.role && isRole(entry.role) ? t(`role.${entry.role}`) : (entry.role ?? '–')}</td>
      <td className="audit-detail">{formatAuditDetail(entry.detail)}</td>
    </tr>
  );
}
