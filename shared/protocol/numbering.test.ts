import { describe, expect, it } from 'vitest';
import { agendaItemNumbers, decisionCitation, paragraphLabel, paragraphRange } from './numbering';

describe('numbering', () => {
  it('numbers only agenda items, from the first paragraph number', () => {
    const children = [{ type: 'heading' }, { type: 'agendaItem' }, { type: 'agendaItem' }, { type: 'paragraph' }, { type: 'agendaItem' }];
    expect(agendaItemNumbers(children, 18)).toEqual([null, 18, 19, null, 20]);
  });

  it('writes labels per kind, the range and citations', () => {
    expect(paragraphLabel('protocol', 18)).toBe('§ 18');
    expect(paragraphLabel('notes', 3)).toBe('3.');
    expect(paragraphRange(15, 18)).toEqual({ first: 18, last: 32 });
    expect(paragraphRange(0, 18)).toBeNull();
    expect(decisionCitation('protocol', 20, 1)).toBe('§ 20, beslut 1');
  });
});
