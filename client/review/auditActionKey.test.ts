import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../shared/adjustment/types';
import { sv } from '../i18n/sv';
import { auditActionKey } from './auditActionKey';

describe('auditActionKey', () => {
  it('has a Swedish label for every audit action', () => {
    for (const action of AUDIT_ACTIONS) {
      const key = auditActionKey(action);
      expect(key, action).not.toBeNull();
      expect(sv[key ?? 'app.name'], action).toBeTruthy();
    }
    expect(auditActionKey('adjusted')).toBe('audit.action.adjusted');
  });

  it('is null for an unknown action', () => {
    expect(auditActionKey('archived')).toBeNull();
  });
});
