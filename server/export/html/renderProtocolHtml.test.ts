import { describe, expect, it } from 'vitest';
import { fixtureAdjustedInput, fixtureDraftInput, hostileInput } from '../testing/exportFixtures';
import { golden } from '../testing/golden';
import { renderProtocolHtml } from './renderProtocolHtml';

describe('renderProtocolHtml', () => {
  it('matches the golden files of the fixture, draft and adjusted', () => {
    const draft = renderProtocolHtml(fixtureDraftInput());
    expect(draft).toBe(golden('fixture-draft.html', draft));
    const adjusted = renderProtocolHtml(fixtureAdjustedInput());
    expect(adjusted).toBe(golden('fixture-adjusted.html', adjusted));
  });

  it('is semantic and self-contained: a heading per paragraph, tables with th, print CSS, no external resource', () => {
    const html = renderProtocolHtml(fixtureDraftInput());
    expect(html.match(/<section class="item">/gu)).toHaveLength(15);
    expect(html).toContain('<h2><span class="number">§ 26</span> Samverkan Skola-Arbetsliv, kort varvet runt</h2>');
    expect(html).toContain('<thead>\n<tr><th><p>Kommun</p></th>');
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<(script|link|iframe|object|embed)\b/iu);
    expect(html).not.toMatch(/\bsrc=/iu);
  });

  it('escapes all text, drops javascript: links and has no event handler', () => {
    const html = renderProtocolHtml(hostileInput());
    expect(html).toContain('ÅÄÖ åäö é');
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/<img/iu);
    expect(html).not.toMatch(/<[^>]*\son\w+=/iu);
    expect(html).not.toMatch(/href="\s*javascript:/iu);
    expect(html).not.toContain('javascript:alert(document.cookie)');
    expect(html).toContain('<p>Klicka här &#60;img');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('<title>Protokoll Styrelsen &#60;b&#62;åäö&#60;/b&#62; 2 maj 2024 kl. 18.00</title>');
  });
});
