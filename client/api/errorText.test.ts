import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { interpolate } from '../i18n/interpolate';
import { sv } from '../i18n/sv';
import type { Translate } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messageKey';
import { errorText } from './errorText';
import { parseApiError } from './parseApiError';

const tIn = (dictionary: Record<MessageKey, string>): Translate => (key, params) => interpolate(dictionary[key], params);

describe('errorText', () => {
  it('says a refusal with a reason in the UI language, not in the server’s English', () => {
    const refused = parseApiError(409, 'Conflict', { error: { code: 'locked', message: 'The protocol is adjusted (locked)', reason: 'locked' } });
    expect(errorText(tIn(sv), refused)).toBe(sv['refusal.locked']);
    expect(errorText(tIn(en), refused)).toBe(en['refusal.locked']);
  });

  it("falls back to the server's message without a reason, or with one it does not know", () => {
    const plain = parseApiError(400, 'Bad Request', { error: { code: 'bad_request', message: 'text: must not be empty' } });
    expect(errorText(tIn(sv), plain)).toBe('text: must not be empty');
    const unknown = parseApiError(409, 'Conflict', { error: { code: 'conflict', message: 'Something new', reason: 'from-a-newer-server' } });
    expect(unknown.reason).toBeUndefined();
    expect(errorText(tIn(sv), unknown)).toBe('Something new');
  });

  it('says the edge\'s refusals (rate limit, connection cap, foreign origin) in the UI language', () => {
    const limited = parseApiError(429, 'Too Many Requests', { error: { code: 'rate_limited', message: 'Too many requests; retry after 12 s' } });
    expect(errorText(tIn(sv), limited)).toBe(sv['apiError.rate_limited']);
    expect(errorText(tIn(en), limited)).toBe(en['apiError.rate_limited']);
    const capped = parseApiError(503, 'Service Unavailable', { error: { code: 'too_many_connections', message: 'Too many connections' } });
    expect(errorText(tIn(sv), capped)).toBe(sv['apiError.too_many_connections']);
  });
});
