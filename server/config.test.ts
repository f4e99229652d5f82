import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

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

  it('takes the installation’s time zone as an IANA name, spelt as Intl spells it', () => {
    expect(loadConfig({ TIME_ZONE: 'Europe/Helsinki' }).TIME_ZONE).toBe('Europe/Helsinki');
    expect(loadConfig({ TIME_ZONE: 'europe/oslo' }).TIME_ZONE).toBe('Europe/Oslo');
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
