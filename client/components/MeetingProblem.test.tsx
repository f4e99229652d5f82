// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { renderInMeeting, type Rendered } from '../review/testing/renderInMeeting';
import { MeetingProblem } from './MeetingProblem';

const mounted: Rendered[] = [];
afterEach(() => mounted.splice(0).forEach((rendered) => rendered.unmount()));

function render(error: ApiError, signInAvailable = false): Rendered {
  const rendered = renderInMeeting(() => <MeetingProblem error={error} meetingId="m1" signInAvailable={signInAvailable} />);
  mounted.push(rendered);
  return rendered;
}

describe('MeetingProblem', () => {
  it('tells the holder of a withdrawn invitation to ask for a new link, not to open the old one again', () => {
    const rendered = render(new ApiError(401, 'unauthorized', 'the invitation was withdrawn', 'invite_withdrawn'));
    const problem = rendered.byTestId('meeting-error');
    expect(problem?.dataset.reason).toBe('invite_withdrawn');
    expect(problem?.textContent).toContain('Inbjudan har dragits tillbaka – be sekreteraren om en ny länk.');
    expect(problem?.textContent).not.toContain('Öppna inbjudningslänken');
  });

  it('says the links are over for a protocol adjusted more than 30 days ago', () => {
    const rendered = render(new ApiError(401, 'unauthorized', 'adjusted more than 30 days ago', 'links_expired'));
    expect(rendered.byTestId('meeting-error')?.textContent).toContain('Be sekreteraren om en kopia.');
  });

  it('asks to open the link again when the session merely ran out, and offers the organisation account where there is one', () => {
    const withoutSignIn = render(new ApiError(401, 'unauthorized', 'The session has ended', 'session_ended'));
    expect(withoutSignIn.byTestId('meeting-error')?.textContent).toContain('Öppna inbjudningslänken igen.');
    expect(withoutSignIn.byTestId('open-signed-in')).toBeNull();
    const withSignIn = render(new ApiError(401, 'unauthorized', 'The session has ended', 'session_ended'), true);
    expect(withSignIn.byTestId('open-signed-in')?.getAttribute('href')).toBe('/join/signed-in/m1');
  });
});
