import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './returnPath';

describe('the return path after a login', () => {
  it.each(['/', '/m/abc', '/m/abc?tab=review#remarks', '/m/%C3%A5'])('keeps the path %s on this site', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([undefined, '', 'm/abc', 'https://evil.example/', '//evil.example/x', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'javascript:alert(1)', `/${'a'.repeat(2001)}`])(
    'sends %j to /',
    (path) => {
      expect(safeReturnPath(path)).toBe('/');
    },
  );

  it('normalises dot segments without leaving the site', () => {
    expect(safeReturnPath('/m/../../x')).toBe('/x');
  });
});
