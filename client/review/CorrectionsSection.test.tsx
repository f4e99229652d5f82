// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Correction, ReviewStatus } from '../../shared/adjustment/types';
import type { Role } from '../../shared/roles';
import { CorrectionsSection } from './CorrectionsSection';
import { clickAndSettle, jsonResponse, renderInMeeting, sentRequest, typeInto } from './testing/renderInMeeting';
import type { Rendered } from './testing/renderInMeeting';
import { adjusted, inReview, reviewValue } from './testing/reviewFixtures';

const mounted: Rendered[] = [];
afterEach(() => {
  mounted.splice(0).forEach((rendered) => rendered.unmount());
  vi.unstubAllGlobals();
});

const correction: Correction = { id: 1, author: 'Sara Sekreterare', role: 'secretary', at: '2025-03-05T08:00:00Z', what: '§ 22: Lidköping ska vara Lidkoping', why: 'Stavfel' };

function render(role: Role, status: ReviewStatus, refresh: () => void = () => undefined): Rendered {
  const rendered = renderInMeeting(() => <CorrectionsSection meeting={{ id: 'm1', role }} review={reviewValue(status, { refresh })} displayName="Sara Sekreterare" />);
  mounted.push(rendered);
  return rendered;
}

describe('CorrectionsSection', () => {
  it('is absent before the protocol is adjusted', () => {
    expect(render('secretary', inReview).byTestId('corrections-section')).toBeNull();
  });

  it('lists corrections with who, when, what and why, read-only for others than the secretary', () => {
    const { byTestId, allByTestId } = render('chair', { ...adjusted, corrections: [correction] });
    expect(byTestId('corrections-section')).not.toBeNull();
    expect(allByTestId('correction')[0]?.textContent).toMatch(/§ 22: Lidköping ska vara Lidkoping.*Stavfel.*Sara Sekreterare, Sekreterare, /);
    expect(byTestId('add-correction')).toBeNull();
  });

  it('lets the secretary add a correction once both fields are filled', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(201, correction)));
    vi.stubGlobal('fetch', fetchSpy);
    const refresh = vi.fn<() => void>();
    const { byTestId } = render('secretary', adjusted, refresh);
    const add = byTestId<HTMLButtonElement>('add-correction');
    typeInto(byTestId<HTMLTextAreaElement>('correction-what')!, correction.what);
    expect(add?.disabled).toBe(true);
    typeInto(byTestId<HTMLTextAreaElement>('correction-why')!, correction.why);
    expect(add?.disabled).toBe(false);
    await clickAndSettle(add);
    const { path, body } = sentRequest(fetchSpy.mock.calls[0]);
    expect(path).toBe('/api/meetings/m1/corrections');
    expect(body).toEqual({ author: 'Sara Sekreterare', what: correction.what, why: correction.why });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(byTestId<HTMLTextAreaElement>('correction-what')?.value).toBe('');
  });
});
