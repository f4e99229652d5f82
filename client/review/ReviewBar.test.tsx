// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { ReviewStatus } from '../../shared/adjustment/types';
import type { MeetingPerson } from '../../shared/api/types';
import type { MeetingKind } from '../../shared/meetingKind';
import type { Role } from '../../shared/roles';
import { ReviewBar } from './ReviewBar';
import { clickAndSettle, jsonResponse, renderInMeeting, sentRequest } from './testing/renderInMeeting';
import type { Rendered } from './testing/renderInMeeting';
import { adjusted, approvedByAnna, boInPerson, inReview, reviewValue } from './testing/reviewFixtures';

const mounted: Rendered[] = [];
afterEach(() => {
  mounted.splice(0).forEach((rendered) => rendered.unmount());
  vi.unstubAllGlobals();
});

function render(role: Role, status: ReviewStatus, accept: (status: ReviewStatus) => void = () => undefined, kind: MeetingKind = 'protocol', person: MeetingPerson | null = null): Rendered {
  const rendered = renderInMeeting((session) => (
    <ReviewBar meeting={{ id: 'm1', role, kind, person }} review={reviewValue(status, { accept })} session={session} displayName="Bo Lind" socketLocked={false} />
  ));
  mounted.push(rendered);
  return rendered;
}

function goOnline(rendered: Rendered) {
  rendered.provider.wsconnected = true;
  rendered.provider.synced = true;
}

describe('ReviewBar', () => {
  it('offers the secretary in draft only sending for review and the log', () => {
    const { byTestId } = render('secretary', { ...inReview, state: 'draft', required: [] });
    expect(byTestId('review-state')?.textContent).toBe('Utkast');
    expect(byTestId('send-for-review')).not.toBeNull();
    expect(byTestId('audit-open')).not.toBeNull();
    expect(byTestId('approve')).toBeNull();
    expect(byTestId('withdraw-review')).toBeNull();
  });

  it('offers nothing but the log for minnesanteckningar, which are never adjusted', () => {
    const secretary = render('secretary', { ...inReview, state: 'draft', required: [] }, undefined, 'notes');
    expect(secretary.byTestId('audit-open')).not.toBeNull();
    expect(secretary.byTestId('review-state')).toBeNull();
    expect(secretary.byTestId('send-for-review')).toBeNull();
    expect(render('participant', { ...inReview, state: 'draft', required: [] }, undefined, 'notes').byTestId('review-bar')).toBeNull();
  });

  it('offers the secretary in review withdrawing, not approving', () => {
    const { byTestId } = render('secretary', inReview);
    expect(byTestId('withdraw-review')).not.toBeNull();
    expect(byTestId('approve')).toBeNull();
    expect(byTestId('send-for-review')).toBeNull();
  });

  it('shows the approvers and lets the adjuster in person approve as themselves', () => {
    const { byTestId, allByTestId } = render('adjuster', { ...inReview, required: [{ ...inReview.required[0]!, approval: approvedByAnna }, inReview.required[1]!] }, undefined, 'protocol', boInPerson);
    expect(byTestId('review-state')?.textContent).toBe('För justering');
    expect(allByTestId('required-approver').map((row) => row.dataset.status)).toEqual(['approved', 'waiting']);
    expect(allByTestId('required-approver')[0]?.textContent).toMatch(/✓.*Anna Ek.*Godkänt/);
    expect(byTestId('approving-as')?.textContent).toBe('Du justerar som Bo Lind (Justerare).');
    expect(byTestId('approve')).not.toBeNull();
    expect(byTestId('decline')).not.toBeNull();
    expect(byTestId('send-for-review')).toBeNull();
    expect(byTestId('audit-open')).toBeNull();
  });

  it('tells an approver who has approved that they have, and offers nothing more', () => {
    const bo = { ...inReview.required[1]!, approval: { ...approvedByAnna, name: 'Bo Lind', role: 'adjuster' as const } };
    const { byTestId } = render('adjuster', { ...inReview, required: [inReview.required[0]!, bo] }, undefined, 'protocol', boInPerson);
    expect(byTestId('already-approved')?.textContent).toBe('Du (Bo Lind) har godkänt protokollet.');
    expect(byTestId('approve')).toBeNull();
    expect(byTestId('decline')).toBeNull();
  });

  it('tells the holder of a shared adjuster or chair link how to approve, instead of a button the server would refuse', () => {
    for (const role of ['adjuster', 'chair'] as const) {
      const { byTestId } = render(role, inReview);
      expect(byTestId('approval-needs-person')?.textContent).toMatch(/delad länk.*personliga inbjudan/);
      expect(byTestId('approve')).toBeNull();
      expect(byTestId('decline')).toBeNull();
    }
  });

  it('offers a person who is not among the approvers no approval', () => {
    const ove = { ...boInPerson, attendeeId: 'a-ove', name: 'Ove Brodin' };
    const { byTestId } = render('participant', inReview, undefined, 'protocol', ove);
    expect(byTestId('approve')).toBeNull();
    expect(byTestId('approval-needs-person')).toBeNull();
  });

  it('gives a participant in review the list but no buttons', () => {
    const { byTestId, allByTestId } = render('participant', inReview);
    expect(allByTestId('required-approver')).toHaveLength(2);
    expect(byTestId('approve')).toBeNull();
    expect(byTestId('withdraw-review')).toBeNull();
  });

  it('refuses to approve from a copy that is not synced, without asking the server', () => {
    const fetchSpy = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchSpy);
    const { byTestId } = render('adjuster', inReview, undefined, 'protocol', boInPerson);
    act(() => byTestId('approve')?.click());
    expect(byTestId('review-error')?.textContent).toMatch(/inte synkroniserat/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses to approve while local changes have not been sent', () => {
    const fetchSpy = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchSpy);
    const rendered = render('adjuster', inReview, undefined, 'protocol', boInPerson);
    goOnline(rendered);
    // Bytes still in the socket's send buffer have not reached the server.
    rendered.provider.ws = { bufferedAmount: 42, close: () => undefined } as unknown as WebSocket;
    act(() => rendered.byTestId('approve')?.click());
    rendered.provider.ws = null;
    expect(rendered.byTestId('review-error')?.textContent).toMatch(/ännu inte har nått servern/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('approves in person with the base64 state vector and no name, and hands on the answer', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(200, adjusted)));
    vi.stubGlobal('fetch', fetchSpy);
    const accept = vi.fn<(status: ReviewStatus) => void>();
    const rendered = render('adjuster', inReview, accept, 'protocol', boInPerson);
    goOnline(rendered);
    await clickAndSettle(rendered.byTestId('approve'));
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const { path, body } = sentRequest(fetchSpy.mock.calls[0]);
    expect(path).toBe('/api/meetings/m1/approve');
    const sent = body as { name?: string; stateVector: string };
    // The server knows who approves; a name sent along would only be checked.
    expect(sent.name).toBeUndefined();
    expect(Buffer.from(sent.stateVector, 'base64')).toEqual(Buffer.from(Y.encodeStateVector(rendered.doc)));
    expect(accept).toHaveBeenCalledWith(adjusted);
  });

  it('shows the server refusal of an approval', async () => {
    const refusal = { error: { code: 'conflict', message: 'Servern saknar ändringar från din webbläsare.' } };
    vi.stubGlobal('fetch', vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(409, refusal))));
    const rendered = render('chair', inReview, undefined, 'protocol', { ...boInPerson, attendeeId: 'a-anna', name: 'Anna Ek' });
    goOnline(rendered);
    expect(rendered.byTestId('approving-as')?.textContent).toBe('Du justerar som Anna Ek (Ordförande).');
    await clickAndSettle(rendered.byTestId('approve'));
    expect(rendered.byTestId('review-error')?.textContent).toBe('Servern saknar ändringar från din webbläsare.');
  });

  it('shows the seal of an adjusted protocol to everyone', () => {
    const { byTestId, allByTestId } = render('viewer', adjusted);
    expect(byTestId('review-state')?.textContent).toBe('Justerat');
    expect(byTestId('adjusted-headline')?.textContent).toMatch(/^Justerat .+ av Anna Ek, Bo Lind$/);
    expect(allByTestId('adjusted-approval').map((row) => row.textContent)).toEqual([expect.stringMatching(/Anna Ek, Ordförande, /), expect.stringMatching(/Bo Lind, Justerare, /)]);
    expect(byTestId('adjusted-sha256')?.textContent).toBe('abababababab…');
    expect(byTestId('adjusted-sha256')?.getAttribute('title')).toBe('ab'.repeat(32));
    expect(byTestId('verify-link')?.getAttribute('href')).toBe('/api/meetings/m1/verify');
    expect(byTestId('approve')).toBeNull();
  });

  it('warns the secretary, instead of showing the seal, when the stored protocol no longer matches its checksum', () => {
    const { byTestId } = render('secretary', { ...adjusted, integrity: 'mismatch' });
    expect(byTestId('review-state')?.textContent).toBe('Justerat');
    const alert = byTestId('integrity-alert');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Det justerade protokollet har ändrats eller skadats');
    expect(byTestId('integrity-alert-body')?.textContent).toMatch(/^Protokollet som justerades .+ av Anna Ek, Bo Lind stämmer inte längre med sin kontrollsumma/);
    expect(byTestId('integrity-sha256')?.getAttribute('title')).toBe('ab'.repeat(32));
    expect(byTestId('adjusted-banner')).toBeNull();
    expect(byTestId('verify-link')).toBeNull();
  });

  it('tells the secretary, and nobody else, that parts of the stored document were set aside', () => {
    const setAside = { rows: 2, lastAt: '2025-03-04T09:30:00Z' };
    const { byTestId } = render('secretary', { ...inReview, state: 'draft', setAside });
    const notice = byTestId('set-aside-notice');
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.textContent).toContain('Delar av det sparade dokumentet kunde inte läsas in och har lagts åt sidan (2 st.)');
    expect(byTestId('set-aside-body')?.textContent).toMatch(/^Mötet öppnades utan dem \(senast .+\)\. .+ listas i händelseloggen\.$/);
    expect(render('participant', { ...inReview, state: 'draft', setAside }).byTestId('set-aside-notice')).toBeNull();
    expect(render('secretary', { ...inReview, state: 'draft' }).byTestId('set-aside-notice')).toBeNull();
  });

  it('shows no integrity warning while the stored protocol matches its checksum', () => {
    expect(render('secretary', adjusted).byTestId('integrity-alert')).toBeNull();
  });

  it('tells the secretary in draft who declined and why', () => {
    const lastDecline = { ...approvedByAnna, name: 'Bo Lind', role: 'adjuster' as const, decision: 'declined' as const, reason: 'Fel belopp i § 22' };
    const { byTestId } = render('secretary', { ...inReview, state: 'draft', lastDecline });
    expect(byTestId('decline-notice')?.textContent).toMatch(/^Avslaget av Bo Lind \(Justerare\) .+: Fel belopp i § 22$/);
  });
});
