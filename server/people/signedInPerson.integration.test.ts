import { describe, expect, it } from 'vitest';
import type { AuditResponse, ReviewStatus, VerifyMeetingResponse } from '../../shared/adjustment/types';
import type { CreateMeetingResponse, MeetingSummary } from '../../shared/api/types';
import { stateVectorOf } from '../testing/adjustmentFlow';
import { httpJson } from '../testing/httpJson';
import { CookieJar, KATARINA, OSKAR_UNVERIFIED, signInAtProvider } from '../testing/oidcProvider';
import { serverWithProviderPerTest } from '../testing/serverWithProvider';

const startServerWithProvider = serverWithProviderPerTest();

/** A protocol whose chair is Katarina (her organisation account's verified address) and whose adjuster is Zophia. */
async function meetingOfKatarina(env: Record<string, string> = {}) {
  const started = await startServerWithProvider(env);
  const created = await httpJson('POST', `${started.appUrl}/api/meetings`, { body: { title: 'Kommunstyrelsen', kind: 'protocol', startsAt: '2026-12-10T09:00' } });
  const meeting = created.json as CreateMeetingResponse;
  const secretary = (method: string, route: string, body?: unknown) =>
    httpJson(method, `${started.appUrl}/api/meetings/${meeting.id}${route}`, { headers: { authorization: `Bearer ${meeting.invites.secretary.token}` }, ...(body === undefined ? {} : { body }) });
  const katarina = await secretary('POST', '/attendees', { name: 'Katarina Nilsson', organization: 'Tibro', role: 'ordforande', email: 'Katarina@Tibro.se' });
  const zophia = await secretary('POST', '/attendees', { name: 'Zophia Zander Norell', organization: 'Tibro', role: 'justerare', email: 'zophia@tibro.se' });
  const zophiaLink = ((await secretary('POST', `/attendees/${(zophia.json as { id: string }).id}/invite`)).json as { token: string }).token;
  return { ...started, meeting, secretary, katarinaId: (katarina.json as { id: string }).id, zophiaLink };
}

/** Signs Katarina in at the provider, then opens the meeting from "Mina möten" (no link). */
async function katarinaOpens(appUrl: string, meetingId: string): Promise<CookieJar> {
  const jar = new CookieJar();
  expect((await signInAtProvider(appUrl, KATARINA, jar)).status).toBe(302);
  const opened = await jar.fetch(`${appUrl}/join/signed-in/${meetingId}`);
  expect([opened.status, opened.headers.get('location')]).toEqual([302, `/m/${meetingId}`]);
  return jar;
}

describe('a signed-in person is the attendee with their verified e-mail', () => {
  it('opens the meeting without a link, is known as the chair, and approves; the lock says how', async () => {
    const { appUrl, provider, meeting, secretary, katarinaId, zophiaLink } = await meetingOfKatarina();
    const jar = await katarinaOpens(appUrl, meeting.id);
    const summary = (await (await jar.fetch(`${appUrl}/api/meetings/${meeting.id}`)).json()) as MeetingSummary;
    expect(summary.role).toBe('chair');
    expect(summary.person).toEqual({ attendeeId: katarinaId, name: 'Katarina Nilsson', organization: 'Tibro', verifiedBy: 'oidc', email: 'katarina@tibro.se' });

    expect((await secretary('POST', '/review', {})).status).toBe(200);
    const asZophia = await httpJson('POST', `${appUrl}/api/meetings/${meeting.id}/approve`, { headers: { authorization: `Bearer ${zophiaLink}` }, body: { stateVector: stateVectorOf() } });
    expect(asZophia.status).toBe(200);
    const approved = await jar.fetch(`${appUrl}/api/meetings/${meeting.id}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appUrl },
      body: JSON.stringify({ stateVector: stateVectorOf() }),
    });
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as ReviewStatus).state).toBe('adjusted');

    const verified = (await httpJson('GET', `${appUrl}/api/meetings/${meeting.id}/verify`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } })).json as VerifyMeetingResponse;
    expect(verified.adjustment?.approvals.map((a) => [a.name, a.verification?.method, a.verification?.email])).toEqual([
      ['Zophia Zander Norell', 'personal-link', 'zophia@tibro.se'],
      ['Katarina Nilsson', 'oidc', 'katarina@tibro.se'],
    ]);
    expect(verified.adjustment?.approvals[1]?.verification).toMatchObject({ issuer: provider!.issuer, subject: KATARINA.id });
    const markdown = await (await fetch(`${appUrl}/api/meetings/${meeting.id}/export.md`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } })).text();
    expect(markdown).toMatch(/Justerat digitalt .* av Katarina Nilsson, Tibro \(inloggad med organisationskonto katarina@tibro\.se\)/);
  });

  it('is that attendee whichever link the browser came through: a participant link does not make her a participant', async () => {
    const { appUrl, meeting, secretary } = await meetingOfKatarina();
    const jar = new CookieJar();
    expect((await signInAtProvider(appUrl, KATARINA, jar)).status).toBe(302);
    expect((await jar.fetch(`${appUrl}/join/${meeting.invites.participant.token}`)).status).toBe(302);
    const summary = (await (await jar.fetch(`${appUrl}/api/meetings/${meeting.id}`)).json()) as MeetingSummary;
    expect(summary.person).toMatchObject({ name: 'Katarina Nilsson', verifiedBy: 'oidc' });
    expect((await secretary('POST', '/review', {})).status).toBe(200);
    const approved = await jar.fetch(`${appUrl}/api/meetings/${meeting.id}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appUrl },
      body: JSON.stringify({ stateVector: stateVectorOf() }),
    });
    expect(approved.status).toBe(200);
  });

  it('lets in nobody whose e-mail is no attendee\'s, or not verified, and writes the refusal to the log', async () => {
    const { appUrl, meeting, secretary } = await meetingOfKatarina();
    await secretary('POST', '/attendees', { name: 'Oskar Lind', organization: 'Tibro', role: 'ledamot', email: OSKAR_UNVERIFIED.email });
    const jar = new CookieJar();
    expect((await signInAtProvider(appUrl, OSKAR_UNVERIFIED, jar)).status).toBe(302);
    const refused = await jar.fetch(`${appUrl}/join/signed-in/${meeting.id}`);
    expect(refused.status).toBe(403);
    await expect(refused.text()).resolves.toMatch(/finns inte bland mötets deltagare/);
    expect((await jar.fetch(`${appUrl}/api/meetings/${meeting.id}`)).status).toBe(401);
    const audit = (await secretary('GET', '/audit')).json as AuditResponse;
    expect(audit.entries.find((entry) => entry.action === 'sign_in_refused')).toMatchObject({ detail: { email: 'oskar@tibro.se', verified: false } });

    const anonymous = await new CookieJar().fetch(`${appUrl}/join/signed-in/${meeting.id}`);
    expect([anonymous.status, anonymous.headers.get('location')]).toEqual([302, `/auth/login?return=${encodeURIComponent(`/join/signed-in/${meeting.id}`)}`]);
  });

  it('with APPROVAL_REQUIRES_SIGN_IN, refuses an approval by personal link and takes the signed-in one', async () => {
    const { appUrl, meeting, secretary, zophiaLink } = await meetingOfKatarina({ APPROVAL_REQUIRES_SIGN_IN: 'true' });
    const jar = await katarinaOpens(appUrl, meeting.id);
    expect((await secretary('POST', '/review', {})).status).toBe(200);
    const byLink = await httpJson('POST', `${appUrl}/api/meetings/${meeting.id}/approve`, { headers: { authorization: `Bearer ${zophiaLink}` }, body: { stateVector: stateVectorOf() } });
    expect(byLink.status).toBe(403);
    expect(byLink.json).toMatchObject({ error: { reason: 'approval_needs_sign_in' } });
    const signedIn = await jar.fetch(`${appUrl}/api/meetings/${meeting.id}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appUrl },
      body: JSON.stringify({ stateVector: stateVectorOf() }),
    });
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as ReviewStatus).required.find((a) => a.role === 'chair')?.approval?.verification?.method).toBe('oidc');
  });
});
