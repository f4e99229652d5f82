import { describe, expect, it } from 'vitest';
import { CLOSE_LOCKED, CLOSE_MALFORMED, CLOSE_NOT_FOUND, CLOSE_TOO_LARGE, CLOSE_UNAUTHORIZED, CLOSE_VERSION } from '../../shared/collab/closeCodes';
import { closeMessageKey } from './closeMessageKey';

describe('closeMessageKey', () => {
  it('explains the known permanent closes', () => {
    expect(closeMessageKey(CLOSE_UNAUTHORIZED.code)).toBe('closed.unauthorized');
    expect(closeMessageKey(CLOSE_NOT_FOUND.code)).toBe('closed.notFound');
    expect(closeMessageKey(CLOSE_LOCKED.code)).toBe('closed.locked');
  });

  it('tells a page of another version to reload, not that anything was refused', () => {
    expect(closeMessageKey(CLOSE_VERSION.code, 'version not supported: the page is an older version (1) than this server serves (2); reload the page')).toBe('closed.newVersion');
  });

  it('tells the writer that a refused change was not saved, and what to do', () => {
    expect(closeMessageKey(CLOSE_MALFORMED.code)).toBe('closed.malformed');
    expect(closeMessageKey(CLOSE_TOO_LARGE.code)).toBe('closed.tooLarge');
  });

  it('tells the holder of a withdrawn invitation to ask for a new link, not to open the old one again', () => {
    expect(closeMessageKey(CLOSE_UNAUTHORIZED.code, 'unauthorized: the invitation was withdrawn; ask the secretary for a new link')).toBe('closed.withdrawn');
    expect(closeMessageKey(CLOSE_UNAUTHORIZED.code, 'unauthorized: The ticket is not valid or has expired')).toBe('closed.unauthorized');
  });

  it('tells the holder of a link to a protocol adjusted more than 30 days ago that the link is over, not to open it again', () => {
    const reason = 'unauthorized: The protocol was adjusted more than 30 days ago: its invitation links no longer open it; ask the secretary for a copy'.slice(0, 120);
    expect(closeMessageKey(CLOSE_UNAUTHORIZED.code, reason)).toBe('closed.linksExpired');
  });

  it('falls back to a generic message with the code', () => {
    expect(closeMessageKey(4499)).toBe('closed.other');
  });
});
