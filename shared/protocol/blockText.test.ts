import { describe, expect, it } from 'vitest';
import { blocksText } from './blockText';
import { protocolSchema } from './protocolSchema';

const node = (json: unknown) => protocolSchema().nodeFromJSON(json);
const text = (value: string) => ({ type: 'text', text: value });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const li = (...content: unknown[]) => ({ type: 'listItem', content });

describe('blocksText', () => {
  it('separates blocks by a blank line and keeps hard breaks', () => {
    const blocks = [para(text('Ett')), { type: 'heading', attrs: { level: 3 }, content: [text('Rubrik')] }, para(), para(text('rad'), { type: 'hardBreak' }, text('två'))];
    expect(blocksText(blocks.map(node))).toBe('Ett\n\nRubrik\n\nrad\ntvå');
  });

  it('writes bullet and ordered lists, nested ones indented', () => {
    const list = {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [li(para(text('tre')), { type: 'bulletList', content: [li(para(text('under')))] }), li(para(text('fyra')), para(text('mer')))],
    };
    expect(blocksText([node(list)])).toBe('3. tre\n  - under\n4. fyra\n   mer');
  });

  it('writes table rows as cells joined by " | ", a cell on one line', () => {
    const cell = (type: string, ...values: string[]) => ({ type, content: values.map((v) => para(text(v))) });
    const table = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Kommun'), cell('tableHeader', 'Plan')] },
        { type: 'tableRow', content: [cell('tableCell', 'Götene'), cell('tableCell', 'Ja.', 'Exempel.')] },
      ],
    };
    expect(blocksText([node(table)])).toBe('Kommun | Plan\nGötene | Ja. Exempel.');
  });
});
