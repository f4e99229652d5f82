import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TICKET_TTL_MS, TicketSigner } from './tickets';
import { hashToken, newToken, safeEqual } from './tokens';

describe('tokens', () => {
  it('makes URL-safe tokens of at least 128 random bits, all different', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newToken()));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
  });

  it('hashes deterministically to SHA-256 hex that does not contain the token', () => {
    const token = newToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).not.toBe(hashToken(newToken()));
  });

  it('compares secrets of different lengths without throwing', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });
});

describe('TicketSigner', () => {
  const signer = new TicketSigner('test-key');

  it('round-trips meeting and role', () => {
    const { ticket, expiresAt } = signer.issue('m1', 'participant', 1000);
    expect(signer.verify(ticket, 1001)).toEqual({ meetingId: 'm1', role: 'participant', expiresAt, inviteId: null, session: null });
    expect(expiresAt).toBe(1000 + TICKET_TTL_MS);
  });

  it('carries the personal invitation it was issued under, which cannot be swapped for another', () => {
    const { ticket, expiresAt } = signer.issue('m1', 'adjuster', 1000, { inviteId: 'invite-1' });
    expect(signer.verify(ticket, 1001)).toEqual({ meetingId: 'm1', role: 'adjuster', expiresAt, inviteId: 'invite-1', session: null });
    expect(signer.verify(ticket.replace('invite-1', 'invite-2'), 1001)).toBeNull();
    // Dropping the invitation would turn it into a role ticket: the signature covers it.
    const parts = ticket.split('.');
    expect(signer.verify([...parts.slice(0, 3), '', '', parts[5]].join('.'), 1001)).toBeNull();
    expect(signer.verify([...parts.slice(0, 3), parts[5]].join('.'), 1001)).toBeNull();
  });

  it('carries the session it was issued under, which cannot be dropped to outlive it', () => {
    const { ticket, expiresAt } = signer.issue('m1', 'participant', 1000, { session: 'abc123' });
    expect(signer.verify(ticket, 1001)).toEqual({ meetingId: 'm1', role: 'participant', expiresAt, inviteId: null, session: 'abc123' });
    const parts = ticket.split('.');
    expect(signer.verify([...parts.slice(0, 4), '', parts[5]].join('.'), 1001)).toBeNull();
  });

  it('still reads a ticket issued before tickets named their session', () => {
    const payload = `m1.viewer.${(5000).toString(36)}`;
    const legacy = `${payload}.${createHmac('sha256', 'test-key').update(payload).digest('base64url')}`;
    expect(signer.verify(legacy, 1001)).toEqual({ meetingId: 'm1', role: 'viewer', expiresAt: 5000, inviteId: null, session: null });
  });

  it('refuses expired, tampered, foreign-key and malformed tickets', () => {
    const { ticket } = signer.issue('m1', 'viewer', 1000);
    expect(signer.verify(ticket, 1000 + TICKET_TTL_MS)).toBeNull();
    expect(signer.verify(ticket.replace('viewer', 'secretary'), 1001)).toBeNull();
    expect(signer.verify(ticket.replace('m1', 'm2'), 1001)).toBeNull();
    expect(new TicketSigner('other-key').verify(ticket, 1001)).toBeNull();
    expect(signer.verify('garbage', 1001)).toBeNull();
    expect(signer.verify('a.b.c.d', 1001)).toBeNull();
  });
});
