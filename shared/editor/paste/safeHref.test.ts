import { describe, expect, it } from 'vitest';
import { ALLOWED_LINK_PROTOCOLS } from '../extensions';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it('allows exactly the link protocols of the schema', () => {
    for (const protocol of ALLOWED_LINK_PROTOCOLS) expect(safeHref(` ${protocol}:x `)).toBe(`${protocol}:x`);
    for (const href of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '/relative', '#top', '', null]) expect(safeHref(href)).toBeNull();
  });
});
