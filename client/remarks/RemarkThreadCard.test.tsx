// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Remark } from '../../shared/adjustment/types';
import { renderInMeeting, typeInto } from '../review/testing/renderInMeeting';
import type { Rendered } from '../review/testing/renderInMeeting';
import type { RemarkAbilities } from './remarkAbilities';
import { RemarkThreadCard } from './RemarkThreadCard';

const root: Remark = {
  id: 7,
  parentId: null,
  anchor: { start: 'AA==', end: 'AA==', quote: 'godkändes' },
  text: 'Stämmer detta?',
  author: 'Anna Alm',
  role: 'adjuster',
  createdAt: '2025-03-10T09:00:00.000Z',
  resolvedAt: null,
  resolvedBy: null, verified: true,
};
const reply: Remark = { ...root, id: 8, parentId: 7, anchor: null, text: 'Ja, enligt beslutet.', author: 'Bo Lind', role: 'secretary' };
const resolvedRoot: Remark = { ...root, resolvedAt: '2025-03-10T10:00:00.000Z', resolvedBy: 'Bo Lind' };

const mounted: Rendered[] = [];
afterEach(() => mounted.splice(0).forEach((rendered) => rendered.unmount()));

function render(thread: Remark, abilities: RemarkAbilities, onReply = vi.fn(() => Promise.resolve(reply)), range: { from: number; to: number } | null = { from: 3, to: 12 }) {
  const rendered = renderInMeeting(() => (
    <RemarkThreadCard
      placed={{ thread: { root: thread, replies: [reply] }, range }}
      active={false}
      abilities={abilities}
      onReveal={() => undefined}
      onReply={onReply}
      onSetResolved={() => Promise.resolve(thread)}
    />
  ));
  mounted.push(rendered);
  return rendered;
}

describe('RemarkThreadCard', () => {
  it('shows the quote, the remark and its replies, with reply and resolve for a reviewer', () => {
    const { byTestId, container } = render(root, { comment: true, resolve: true });
    expect(byTestId('remark-card')?.dataset.remarkId).toBe('7');
    expect(container.textContent).toContain('godkändes');
    expect(container.textContent).toContain('Stämmer detta?');
    expect(container.textContent).toContain('Ja, enligt beslutet.');
    expect(byTestId('remark-reply-text')).not.toBeNull();
    expect(byTestId('remark-resolve')?.textContent).toBe('Markera som löst');
  });

  it('sends a reply and clears the box', async () => {
    const onReply = vi.fn(() => Promise.resolve(reply));
    const { byTestId } = render(root, { comment: true, resolve: true }, onReply);
    const field = byTestId<HTMLTextAreaElement>('remark-reply-text');
    if (!field) throw new Error('no reply box');
    typeInto(field, '  Rättat.  ');
    await act(async () => {
      byTestId('remark-reply-submit')?.click();
      await onReply.mock.results[0]?.value;
    });
    expect(onReply).toHaveBeenCalledWith('Rättat.');
    expect(field.value).toBe('');
  });

  it('offers nothing to change where the role or state does not allow it (an adjusted protocol)', () => {
    const { byTestId, container } = render(root, { comment: false, resolve: false });
    expect(container.textContent).toContain('Stämmer detta?');
    expect(byTestId('remark-reply-text')).toBeNull();
    expect(byTestId('remark-resolve')).toBeNull();
  });

  it('folds a resolved thread to who resolved it, and offers reopening', () => {
    const { byTestId, container } = render(resolvedRoot, { comment: true, resolve: true });
    expect(byTestId('remark-card')?.dataset.resolved).toBe('true');
    expect(container.textContent).toContain('Löst av Bo Lind');
    expect(container.textContent).not.toContain('Stämmer detta?');
    expect(byTestId('remark-reply-text')).toBeNull();
    expect(byTestId('remark-resolve')?.textContent).toBe('Återöppna');
  });

  it('says so when the commented text is gone', () => {
    const { container } = render(root, { comment: true, resolve: true }, undefined, null);
    expect(container.textContent).toContain('Texten finns inte längre i protokollet');
  });
});
