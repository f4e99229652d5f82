// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"navigation": {"disableChildFrameNavigation": true}}}
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingState } from '../../shared/meetingKind';
import { I18nProvider } from '../i18n/I18nProvider';
import { ExportMenu } from './ExportMenu';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function render(state: MeetingState) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <I18nProvider>
        <ExportMenu meetingId="m 1" state={state} />
      </I18nProvider>,
    ),
  );
  cleanups.push(() => {
    act(() => root.unmount());
    container.remove();
  });
  const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { container, byTestId };
}

describe('ExportMenu', () => {
  it('offers every format as a download link to its endpoint, the notice only when adjusted', () => {
    const draft = render('draft');
    expect(draft.byTestId('export-pdf')).toBeNull();
    act(() => draft.byTestId('export-button')?.click());
    const links = ['pdf', 'docx', 'md', 'html', 'csv', 'ics'].map((id) => draft.byTestId(`export-${id}`) as HTMLAnchorElement);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/api/meetings/m%201/export.pdf',
      '/api/meetings/m%201/export.docx',
      '/api/meetings/m%201/export.md',
      '/api/meetings/m%201/export.html',
      '/api/meetings/m%201/action-items.csv',
      '/api/meetings/m%201/next-meeting.ics',
    ]);
    expect(links.every((a) => a.hasAttribute('download'))).toBe(true);
    expect(draft.byTestId('export-notice')).toBeNull();
    expect(draft.byTestId('export-csv')?.textContent).toContain('Åtgärdslista (CSV)');

    const adjusted = render('adjusted');
    act(() => adjusted.byTestId('export-button')?.click());
    expect(adjusted.byTestId('export-notice')?.getAttribute('href')).toBe('/api/meetings/m%201/notice.pdf');
  });

  it('opens the PDF preview in a dialog with the inline PDF', () => {
    // happy-dom may lack the modal API; opening is all the dialog needs of it here.
    if (!('showModal' in HTMLDialogElement.prototype)) {
      Object.defineProperty(HTMLDialogElement.prototype, 'showModal', {
        value(this: HTMLDialogElement) {
          this.setAttribute('open', '');
        },
      });
    }
    const menu = render('draft');
    act(() => menu.byTestId('export-button')?.click());
    act(() => menu.byTestId('export-preview-open')?.click());
    expect(menu.byTestId('export-pdf')).toBeNull();
    expect(menu.byTestId('export-preview-frame')?.getAttribute('src')).toBe('/api/meetings/m%201/export.pdf?inline=1');
    expect(menu.byTestId('export-preview')?.textContent).toContain('UTKAST');
    act(() => menu.byTestId('export-preview-close')?.click());
    expect(menu.byTestId('export-preview')).toBeNull();
  });
});
