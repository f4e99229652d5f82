import { describe, expect, it } from 'vitest';
import type { Remark } from '../../shared/adjustment/types';
import { buildThreads } from './buildThreads';

function remark(id: number, parentId: number | null, minute: number): Remark {
  return {
    id,
    parentId,
    anchor: parentId === null ? { start: 'AA==', end: 'AA==', quote: `citat ${id}` } : null,
    text: `text ${id}`,
    author: 'Anna',
    role: 'adjuster',
    createdAt: `2025-03-10T09:${String(minute).padStart(2, '0')}:00.000Z`,
    resolvedAt: null,
    resolvedBy: null, verified: true,
  };
}

const shape = (remarks: Remark[]) => buildThreads(remarks).map((thread) => [thread.root.id, thread.replies.map((reply) => reply.id)]);

describe('buildThreads', () => {
  it('puts replies under their thread, both oldest first', () => {
    expect(shape([remark(4, 1, 30), remark(2, null, 10), remark(1, null, 5), remark(3, 1, 20)])).toEqual([
      [1, [3, 4]],
      [2, []],
    ]);
  });

  it('attaches a reply to a reply to the thread it belongs to', () => {
    expect(shape([remark(1, null, 1), remark(2, 1, 2), remark(3, 2, 3)])).toEqual([[1, [2, 3]]]);
  });

  it('leaves out replies whose thread is unknown, and survives a cycle', () => {
    expect(shape([remark(1, null, 1), remark(2, 99, 2), remark(3, 4, 3), remark(4, 3, 4)])).toEqual([[1, []]]);
  });

  it('orders remarks written in the same millisecond by id', () => {
    expect(shape([remark(2, null, 1), remark(1, null, 1)])).toEqual([
      [1, []],
      [2, []],
    ]);
  });
});
