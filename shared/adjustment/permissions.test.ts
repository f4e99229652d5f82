import { describe, expect, it } from 'vitest';
import { MEETING_STATES } from '../meetingKind';
import { ROLES } from '../roles';
import { may, refusalOf, type Action } from './permissions';

const who = (state: (typeof MEETING_STATES)[number], action: Action) => ROLES.filter((role) => may(role, state, action));

describe('the permission matrix', () => {
  it('lets everyone but viewers write a draft, and only the secretary send it for adjustment', () => {
    expect(who('draft', 'editText')).toEqual(['secretary', 'chair', 'adjuster', 'participant']);
    expect(who('draft', 'sendForReview')).toEqual(['secretary']);
    expect(who('draft', 'approve')).toEqual([]);
  });

  it('in review lets only the secretary edit, chair and adjusters remark and decide, participants and viewers read', () => {
    expect(who('review', 'editText')).toEqual(['secretary']);
    expect(who('review', 'changeAttendees')).toEqual(['secretary']);
    expect(who('review', 'comment')).toEqual(['secretary', 'chair', 'adjuster']);
    expect(who('review', 'approve')).toEqual(['chair', 'adjuster']);
    expect(who('review', 'decline')).toEqual(['chair', 'adjuster']);
  });

  it('once adjusted lets nobody change anything; the secretary only appends corrections', () => {
    for (const action of ['editText', 'changeAttendees', 'comment', 'resolveRemark', 'sendForReview', 'withdrawReview', 'approve', 'decline'] as const) {
      expect(who('adjusted', action), action).toEqual([]);
      expect(refusalOf('secretary', 'adjusted', action)).toBe('locked');
    }
    expect(who('adjusted', 'correct')).toEqual(['secretary']);
  });

  it('lets everyone export and only the secretary read the audit log, in every state', () => {
    for (const state of MEETING_STATES) {
      expect(who(state, 'export')).toEqual([...ROLES]);
      expect(who(state, 'readAudit')).toEqual(['secretary']);
    }
  });

  it('lets the secretary, chair and adjusters read the history in every state, and only the secretary restore, in draft', () => {
    for (const state of MEETING_STATES) expect(who(state, 'readHistory')).toEqual(['secretary', 'chair', 'adjuster']);
    expect(who('draft', 'restoreHistory')).toEqual(['secretary']);
    expect(refusalOf('secretary', 'review', 'restoreHistory')).toBe('state');
    expect(refusalOf('secretary', 'adjusted', 'restoreHistory')).toBe('locked');
    expect(refusalOf('participant', 'draft', 'restoreHistory')).toBe('role');
    expect(refusalOf('viewer', 'adjusted', 'readHistory')).toBe('role');
  });

  it('tells a wrong role (403) from a wrong state (409)', () => {
    expect(refusalOf('viewer', 'draft', 'editText')).toBe('role');
    expect(refusalOf('participant', 'review', 'editText')).toBe('state');
    expect(refusalOf('chair', 'draft', 'approve')).toBe('state');
    expect(refusalOf('secretary', 'review', 'approve')).toBe('role');
  });
});
