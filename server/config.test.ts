import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { PROTOCOL_VERSION } from '../shared/collab/protocolVersion';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.DATA_DIR).toBe(path.resolve('./data'));
    expect(config.DB_FILE).toBe(path.resolve('./data/protokoll.db'));
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.ALLOWED_ORIGINS).toEqual([]);
    expect(config.TIME_ZONE).toBe('Europe/Stockholm');
  });

  it('limits the HTTP edge by default: timeouts, connections, X-Forwarded-For ignored, rates per minute', () => {
    const config = loadConfig({});
    expect(config.HEADERS_TIMEOUT_MS).toBe(10_000);
    expect(config.REQUEST_TIMEOUT_MS).toBe(120_000);
    expect(config.MAX_CONNECTIONS_PER_IP).toBe(100);
    expect(config.MAX_CONNECTIONS).toBe(2000);
    expect(config.TRUST_PROXY_HOPS).toBe(0);
    expect(config.RATE_LIMIT_MEETINGS_PER_MIN).toBe(20);
    expect(config.RATE_LIMIT_TICKETS_PER_MIN).toBe(120);
    expect(config.RATE_LIMIT_VERIFY_PER_MIN).toBe(60);
    expect(config.RATE_LIMIT_EXPORTS_PER_MIN).toBe(30);
  });

  it('takes 0 for a rate limit as no limit, and a proxy count', () => {
    const config = loadConfig({ RATE_LIMIT_EXPORTS_PER_MIN: '0', TRUST_PROXY_HOPS: '1' });
    expect(config.RATE_LIMIT_EXPORTS_PER_MIN).toBe(0);
    expect(config.TRUST_PROXY_HOPS).toBe(1);
  });

  it('refuses a headers timeout longer than the whole request may take, naming both', () => {
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '1000' })).toThrow(ConfigError);
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '1000' })).toThrow(/HEADERS_TIMEOUT_MS.*REQUEST_TIMEOUT_MS/);
  });

  it('takes the installation’s time zone as an IANA name, spelt as Intl spells it', () => {
    expect(loadConfig({ TIME_ZONE: 'Europe/Helsinki' }).TIME_ZONE).toBe('Europe/Helsinki');
    expect(loadConfig({ TIME_ZONE: 'europe/oslo' }).TIME_ZONE).toBe('Europe/Oslo');
  });

  it('serves pages of its own protocol version unless CLIENT_VERSIONS says otherwise', () => {
    expect(loadConfig({}).CLIENT_VERSIONS).toEqual({ min: PROTOCOL_VERSION, max: PROTOCOL_VERSION });
    expect(loadConfig({ CLIENT_VERSIONS: '1-3' }).CLIENT_VERSIONS).toEqual({ min: 1, max: 3 });
    expect(loadConfig({ CLIENT_VERSIONS: ' 2 ' }).CLIENT_VERSIONS).toEqual({ min: 2, max: 2 });
  });

  it('reads every variable from the environment', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/pk',
      LOG_LEVEL: 'warn',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example',
      PUBLIC_URL: 'https://protokoll.example.se',
      COMPACT_AFTER_UPDATES: '10',
    });
    expect(config.PORT).toBe(0);
    expect(config.HOST).toBe('0.0.0.0');
    expect(config.DB_FILE).toBe('/tmp/pk/protokoll.db');
    expect(config.ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.PUBLIC_URL).toBe('https://protokoll.example.se');
    expect(config.COMPACT_AFTER_UPDATES).toBe(10);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['LOG_LEVEL', 'loud'],
    ['ALLOWED_ORIGINS', 'not a url'],
    ['PUBLIC_URL', 'nope'],
    ['COMPACT_AFTER_UPDATES', '0'],
    ['TIME_ZONE', 'Sverige'],
    ['TIME_ZONE', '+01:00'],
    ['HEADERS_TIMEOUT_MS', '0'],
    ['REQUEST_TIMEOUT_MS', 'soon'],
    ['MAX_CONNECTIONS_PER_IP', '0'],
    ['MAX_CONNECTIONS', '1.5'],
    ['TRUST_PROXY_HOPS', '-1'],
    ['RATE_LIMIT_MEETINGS_PER_MIN', '-1'],
    ['RATE_LIMIT_TICKETS_PER_MIN', 'many'],
    ['RATE_LIMIT_VERIFY_PER_MIN', '2.5'],
    ['RATE_LIMIT_EXPORTS_PER_MIN', 'x'],
    ['CLIENT_VERSIONS', '3-1'],
    ['CLIENT_VERSIONS', '0'],
    ['CLIENT_VERSIONS', 'v2'],
  ])('rejects %s=%s naming the variable', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [key]: value });
    } catch (error) {
      expect((error as ConfigError).message).toContain(key);
      expect((error as ConfigError).message).toContain(JSON.stringify(value));
    }
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      expect.unreachable('loadConfig should have thrown');
    } catch (error) {
      expect((error as ConfigError).issues).toHaveLength(2);
    }
  });
});

describe('loadConfig: sign-in with the organisation account', () => {
  const OIDC = { OIDC_ISSUER: 'https://login.tibro.se', OIDC_CLIENT_ID: 'protokoll', OIDC_CLIENT_SECRET: 's3cret', PUBLIC_URL: 'https://protokoll.tibro.se' };
  const issuesOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.issues;
      throw error;
    }
    return [];
  };

  it('is off by default', () => {
    const config = loadConfig({});
    expect([config.OIDC_ISSUER, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET]).toEqual([undefined, undefined, undefined]);
    expect(config.SIGN_IN_IDLE_MINUTES).toBe(480);
    expect(config.APPROVAL_REQUIRES_SIGN_IN).toBe(false);
  });

  it('takes all three OIDC variables with PUBLIC_URL', () => {
    const config = loadConfig({ ...OIDC, SIGN_IN_IDLE_MINUTES: '60', APPROVAL_REQUIRES_SIGN_IN: 'true' });
    expect(config).toMatchObject({ ...OIDC, SIGN_IN_IDLE_MINUTES: 60, APPROVAL_REQUIRES_SIGN_IN: true });
  });

  it.each(['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const)('refuses the other two without %s, naming it', (name) => {
    const env: Record<string, string> = { ...OIDC };
    delete env[name];
    const issues = issuesOf(env);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${name}: must be set together with`));
  });

  it('needs PUBLIC_URL for the callback address', () => {
    const withoutPublicUrl: Record<string, string> = { ...OIDC };
    delete withoutPublicUrl.PUBLIC_URL;
    expect(issuesOf(withoutPublicUrl)).toEqual([expect.stringMatching(/^PUBLIC_URL: must be set when OIDC_ISSUER is/)]);
  });

  it('takes a plain-HTTP issuer only on this machine', () => {
    expect(issuesOf({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:4000' })).toEqual([]);
    expect(issuesOf({ ...OIDC, OIDC_ISSUER: 'http://localhost:4000' })).toEqual([]);
    expect(issuesOf({ ...OIDC, OIDC_ISSUER: 'http://login.tibro.se' })).toEqual([expect.stringMatching(/^OIDC_ISSUER: must be an https: URL/)]);
  });

  it.each([
    ['OIDC_ISSUER', 'login.tibro.se'],
    ['OIDC_CLIENT_ID', ''],
    ['SIGN_IN_IDLE_MINUTES', '0'],
    ['SIGN_IN_IDLE_MINUTES', 'long'],
    ['APPROVAL_REQUIRES_SIGN_IN', 'yes'],
  ])('rejects %s=%j naming the variable', (key, value) => {
    const issues = issuesOf({ ...OIDC, [key]: value });
    expect(issues.join('\n')).toContain(key);
    expect(issues.join('\n')).toContain(JSON.stringify(value));
  });

  it('refuses APPROVAL_REQUIRES_SIGN_IN=true without sign-in configured', () => {
    expect(issuesOf({ APPROVAL_REQUIRES_SIGN_IN: 'true' })).toEqual([expect.stringMatching(/^APPROVAL_REQUIRES_SIGN_IN: needs sign-in: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/)]);
    expect(issuesOf({ APPROVAL_REQUIRES_SIGN_IN: 'false' })).toEqual([]);
  });
});
