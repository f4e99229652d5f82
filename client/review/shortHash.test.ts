import { describe, expect, it } from 'vitest';
import { shortHash } from './shortHash';

describe('shortHash', () => {
  it('shortens a SHA-256 digest with an ellipsis', () => {
    expect(shortHash('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe('9f86d081884c…');
  });

  it('keeps a short text whole', () => {
    expect(shortHash('abc')).toBe('abc');
  });
});
