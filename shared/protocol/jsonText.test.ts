import { describe, expect, it } from 'vitest';
import { jsonText } from './jsonText';

describe('jsonText', () => {
  it('keeps every word of JSON that does not fit the schema: text attributes first, a block per line', () => {
    const json = {
      type: 'oldItem',
      attrs: { title: ' Budget ', level: 2, href: 'https://x.se', presenter: '' },
      content: [
        { type: 'text', text: 'Inledning ' },
        { type: 'text', text: 'fet', marks: [{ type: 'blink' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'ny rad' },
        { type: 'decision', attrs: { leadIn: 'Mötet beslutar att' }, content: [{ type: 'decisionClause', content: [{ type: 'text', text: 'anta budgeten' }] }] },
      ],
    };
    expect(jsonText(json)).toBe('Budget\nInledning fet\nny rad\nMötet beslutar att\nanta budgeten');
  });

  it('reads anything a forged client may write without throwing, nested however deep, and gives nothing where there is no text', () => {
    expect(jsonText(null)).toBe('');
    expect(jsonText({ type: 'tableRow' })).toBe('');
    expect(jsonText({ type: 'x', content: 'not an array', attrs: 'no' })).toBe('');
    expect(jsonText({ type: 'x', content: [{ type: 'text', text: 42 }, 7, { type: 'text', text: 'ord' }] })).toBe('ord');
    let deep: Record<string, unknown> = { type: 'text', text: 'djupt' };
    for (let i = 0; i < 10_000; i++) deep = { type: 'wrap', content: [deep] };
    expect(jsonText(deep)).toBe('djupt');
  });
});
