// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewStatus } from '../../shared/adjustment/types';
import { addAttendee } from '../../shared/protocol/yDocMeta';
import { ReviewBar } from './ReviewBar';
import { clickAndSettle, jsonResponse, renderInMeeting, sentRequest, typeInto } from './testing/renderInMeeting';
import type { Rendered } from './testing/renderInMeeting';
import { boInPerson, inReview, reviewValue } from './testing/reviewFixtures';

const mounted: Rendered[] = [];
afterEach(() => {
  mounted.splice(0).forEach((rendered) => rendered.unmount());
  vi.unstubAllGlobals();
});

const draft: ReviewStatus = { ...inReview, state: 'draft', required: [] };

describe('sending for review', () => {
  it('lists who will approve and sends as the secretary', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(200, inReview)));
    vi.stubGlobal('fetch', fetchSpy);
    const accept = vi.fn<(status: ReviewStatus) => void>();
    const rendered = renderInMeeting(
      (session) => <ReviewBar meeting={{ id: 'm1', role: 'secretary', kind: 'protocol' }} review={reviewValue(draft, { accept })} session={session} displayName="Sara Sekreterare" socketLocked={false} />,
      (doc) => {
        addAttendee(doc, { name: 'Bo Lind', organization: 'Tidaholm', role: 'justerare', presence: 'present' });
        addAttendee(doc, { name: 'Anna Ek', organization: 'Skövde', role: 'ordforande', presence: 'present' });
      },
    );
    mounted.push(rendered);
    act(() => rendered.byTestId('send-for-review')?.click());
    expect(rendered.byTestId('planned-approvers')?.textContent).toMatch(/Anna Ek.*Ordförande.*Bo Lind.*Justerare/);
    await clickAndSettle(rendered.byTestId('confirm-send-for-review'));
    const { path, body } = sentRequest(fetchSpy.mock.calls[0]);
    expect(path).toBe('/api/meetings/m1/review');
    expect(body).toEqual({ author: 'Sara Sekreterare' });
    expect(accept).toHaveBeenCalledWith(inReview);
    expect(rendered.byTestId('send-for-review-dialog')).toBeNull();
  });

  it('keeps the dialog open with the server message when no approver is among the attendees', async () => {
    const message = 'Ingen deltagare är ordförande eller justerare.';
    vi.stubGlobal('fetch', vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(409, { error: { code: 'conflict', message } }))));
    const rendered = renderInMeeting((session) => (
      <ReviewBar meeting={{ id: 'm1', role: 'secretary', kind: 'protocol' }} review={reviewValue(draft)} session={session} displayName="Sara" socketLocked={false} />
    ));
    mounted.push(rendered);
    act(() => rendered.byTestId('send-for-review')?.click());
    expect(rendered.byTestId('send-for-review-dialog')?.textContent).toMatch(/Ingen deltagare har rollen ordförande eller justerare/);
    await clickAndSettle(rendered.byTestId('confirm-send-for-review'));
    expect(rendered.byTestId('review-error')?.textContent).toBe(message);
    expect(rendered.byTestId('send-for-review-dialog')).not.toBeNull();
  });
});

describe('declining', () => {
  it('needs a reason and sends it, as the approver in person', async () => {
    const declined: ReviewStatus = { ...draft, lastDecline: { name: 'Bo Lind', organization: '', role: 'adjuster', verification: null, decision: 'declined', reason: 'Fel belopp', at: '2025-03-04T10:00:00Z', round: 1 } };
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(200, declined)));
    vi.stubGlobal('fetch', fetchSpy);
    const accept = vi.fn<(status: ReviewStatus) => void>();
    const rendered = renderInMeeting((session) => (
      <ReviewBar meeting={{ id: 'm1', role: 'adjuster', kind: 'protocol', person: boInPerson }} review={reviewValue(inReview, { accept })} session={session} displayName="Bo Lind" socketLocked={false} />
    ));
    mounted.push(rendered);
    act(() => rendered.byTestId('decline')?.click());
    const confirm = rendered.byTestId<HTMLButtonElement>('confirm-decline');
    expect(confirm?.disabled).toBe(true);
    typeInto(rendered.byTestId<HTMLTextAreaElement>('decline-reason')!, '  Fel belopp  ');
    expect(confirm?.disabled).toBe(false);
    await clickAndSettle(confirm);
    const { path, body } = sentRequest(fetchSpy.mock.calls[0]);
    expect(path).toBe('/api/meetings/m1/decline');
    expect(body).toEqual({ reason: 'Fel belopp' });
    expect(accept).toHaveBeenCalledWith(declined);
  });
});
