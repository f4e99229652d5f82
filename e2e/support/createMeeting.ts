import type { CreateMeetingRequest, CreateMeetingResponse } from '../../shared/api/types';

/** Creates a meeting through the public API, as a tool outside the browser would. */
export async function createMeeting(serverUrl: string, request: CreateMeetingRequest): Promise<CreateMeetingResponse> {
  const response = await fetch(new URL('/api/meetings', serverUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = await response.text();
  if (response.status !== 201) throw new Error(`POST /api/meetings answered ${response.status}: ${body}`);
  return JSON.parse(body) as CreateMeetingResponse;
}

/** The meeting the browser tests write in: an empty protocol of the fixture's body, held on Teams. */
export const TEAMS_PROTOCOL: CreateMeetingRequest = {
  title: 'Skol- och utbildningschefer',
  kind: 'protocol',
  body: 'Skaraborgs kommunalförbund',
  place: 'Digitalt via Teams',
  // Empty: each test writes the structure it checks.
  template: 'empty',
};

/** The fixture protocol's meeting (Skol- och utbildningschefer, 11 February 2022, § 18 on), as the README's pictures show it. */
export const FIXTURE_MEETING: CreateMeetingRequest = {
  title: 'Skol- och utbildningschefer',
  kind: 'protocol',
  body: 'Skaraborgs kommunalförbund',
  place: 'Digitalt via Teams',
  startsAt: '2022-02-11T09:00:00+01:00',
  firstParagraph: 18,
  template: 'empty',
};
