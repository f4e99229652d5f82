import { describe, expect, it } from 'vitest';
import type { Remark } from '../../shared/adjustment/types';
import { upsertRemark } from './upsertRemark';

const remark = (id: number, text: string): Remark => ({ id, parentId: null, anchor: null, text, author: 'A', role: 'chair', createdAt: '', resolvedAt: null, resolvedBy: null, verified: true });

describe('upsertRemark', () => {
  it('adds a new remark and replaces a known one in place', () => {
    const list = [remark(1, 'a'), remark(2, 'b')];
    expect(upsertRemark(list, remark(3, 'c')).map((r) => r.text)).toEqual(['a', 'b', 'c']);
    expect(upsertRemark(list, remark(1, 'a2')).map((r) => r.text)).toEqual(['a2', 'b']);
    expect(list.map((r) => r.text)).toEqual(['a', 'b']);
  });
});
