import { describe, expect, it } from 'vitest';
import { BEGIN_MARKER, DOC_TEMPLATE, END_MARKER, spliceResults } from './benchDoc';

describe('spliceResults', () => {
  it('fills the template when there is no doc yet', () => {
    const doc = spliceResults(null, 'TABLE');
    expect(doc).toContain(`${BEGIN_MARKER}\nTABLE\n${END_MARKER}`);
    expect(doc.startsWith('# Benchmarks')).toBe(true);
  });

  it('replaces only the generated block and keeps hand-written prose', () => {
    const handWritten = `${DOC_TEMPLATE.slice(0, DOC_TEMPLATE.indexOf('## Interpretation'))}## Interpretation\n\nOurs is fine.\n`;
    const first = spliceResults(handWritten, 'OLD');
    const second = spliceResults(first, 'NEW');
    expect(second).toContain('Ours is fine.');
    expect(second).toContain('NEW');
    expect(second).not.toContain('OLD');
    expect(second.split(BEGIN_MARKER)).toHaveLength(2);
  });

  it('appends a results section to a doc whose markers are gone', () => {
    const doc = spliceResults('# Benchmarks\n\nSome text.\n', 'TABLE');
    expect(doc).toContain('Some text.');
    expect(doc).toContain(`${BEGIN_MARKER}\nTABLE\n${END_MARKER}`);
  });
});
