// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditResponse } from '../../shared/adjustment/types';
import { AuditLog } from './AuditLog';
import { clickAndSettle, jsonResponse, renderInMeeting } from './testing/renderInMeeting';
import type { Rendered } from './testing/renderInMeeting';

const mounted: Rendered[] = [];
afterEach(() => {
  mounted.splice(0).forEach((rendered) => rendered.unmount());
  vi.unstubAllGlobals();
});

describe('AuditLog', () => {
  it('loads the entries when opened and shows them translated', async () => {
    const audit: AuditResponse = {
      entries: [
        { id: 1, at: '2025-03-04T08:00:00Z', action: 'sent_for_review', role: 'secretary', actor: 'Sara', detail: { round: 1 } },
        { id: 2, at: '2025-03-04T09:00:00Z', action: 'declined', role: 'adjuster', actor: 'Bo Lind', detail: { reason: 'Fel belopp' } },
      ],
    };
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(200, audit)));
    vi.stubGlobal('fetch', fetchSpy);
    const rendered = renderInMeeting(() => <AuditLog meetingId="m1" />);
    mounted.push(rendered);
    expect(fetchSpy).not.toHaveBeenCalled();
    await clickAndSettle(rendered.byTestId('audit-open'));
    expect(fetchSpy.mock.calls[0]?.[0]).toBe('/api/meetings/m1/audit');
    const rows = rendered.allByTestId('audit-entry');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toMatch(/Skickades för justering.*Sara.*Sekreterare.*round: 1/);
    expect(rows[1]?.textContent).toMatch(/Avslog.*Bo Lind.*Justerare.*reason: Fel belopp/);
  });
});
