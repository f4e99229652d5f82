import { describe, expect, it } from 'vitest';
import { fixtureAdjustedInput, fixtureDraftInput, hostileInput } from '../testing/exportFixtures';
import { golden } from '../testing/golden';
import { renderProtocolMarkdown } from './renderProtocolMarkdown';

describe('renderProtocolMarkdown', () => {
  it('matches the golden files of the fixture, draft and adjusted', () => {
    const draft = renderProtocolMarkdown(fixtureDraftInput());
    expect(draft).toBe(golden('fixture-draft.md', draft));
    const adjusted = renderProtocolMarkdown(fixtureAdjustedInput());
    expect(adjusted).toBe(golden('fixture-adjusted.md', adjusted));
  });

  it('has every paragraph, decision and attendee with its organisation', () => {
    const input = fixtureDraftInput();
    const md = renderProtocolMarkdown(input);
    for (const item of input.protocol.items) expect(md).toContain(`## § ${item.number} ${item.title.replace(/-/gu, '-')}`);
    for (const clause of input.protocol.items.flatMap((i) => i.decisions.flatMap((d) => d.clauses))) expect(md).toContain(clause);
    expect(md).toContain('Katarina Lindberg, Skövde (ordförande)');
    expect(md).toContain('| Kommun | Har SSA plan eller ej | Beskrivning |');
  });

  it('keeps Swedish letters and leaves hostile content as inert text', () => {
    const md = renderProtocolMarkdown(hostileInput());
    expect(md).toContain('ÅÄÖ åäö é');
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/(^|[^\\])<img/u);
    expect(md).toContain('\\<script\\>');
    expect(md).not.toContain('javascript:alert');
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript/iu);
    expect(md).toContain('\\[link\\](javascript:x)');
    expect(md).toContain('A\\|B');
    // A formula is only dangerous in a spreadsheet; here it is plain text.
    expect(md).toContain('=HYPERLINK("http://evil.example","klick")');
  });
});
