import { describe, expect, it } from 'vitest';
import { matchRoute, meetingPath } from './matchRoute';

describe('matchRoute', () => {
  it('maps / to the start page', () => {
    expect(matchRoute('/')).toEqual({ name: 'start' });
  });

  it('maps /m/:id to the meeting page, with or without a trailing slash', () => {
    expect(matchRoute('/m/abc123')).toEqual({ name: 'meeting', meetingId: 'abc123' });
    expect(matchRoute('/m/abc123/')).toEqual({ name: 'meeting', meetingId: 'abc123' });
  });

  it('round-trips ids through meetingPath', () => {
    expect(matchRoute(meetingPath('a b/ä'))).toEqual({ name: 'meeting', meetingId: 'a b/ä' });
  });

  it('rejects anything else', () => {
    expect(matchRoute('/m/')).toEqual({ name: 'notFound' });
    expect(matchRoute('/m/a/b')).toEqual({ name: 'notFound' });
    expect(matchRoute('/join/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/m/%E0%A4%A')).toEqual({ name: 'notFound' });
  });
});
