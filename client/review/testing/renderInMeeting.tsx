import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { MeetingSummary } from '../../../shared/api/types';
import { noLocalCopy } from '../../collab/localCopy';
import { SaveTracker } from '../../collab/saveTracker';
import type { CollabSession } from '../../collab/createCollabSession';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MeetingDataContext } from '../../meeting/MeetingDataContext';
import { createMeetingDataStore } from '../../meeting/meetingDataStore';
import { metaFromSummary } from '../../meeting/metaFromSummary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const testMeeting: MeetingSummary = {
  id: 'm1',
  title: 'Kommunstyrelsen',
  kind: 'protocol',
  body: null,
  bodyId: null,
  startsAt: null,
  timeZone: 'Europe/Stockholm',
  place: null,
  firstParagraph: 1,
  state: 'review',
  createdAt: '2025-03-01T08:00:00.000Z',
  role: 'secretary',
};

export interface Rendered {
  container: HTMLElement;
  doc: Y.Doc;
  provider: WebsocketProvider;
  byTestId: <T extends HTMLElement = HTMLElement>(id: string) => T | null;
  allByTestId: (id: string) => HTMLElement[];
  unmount: () => void;
}

/**
 * Renders review UI the way the meeting page does (translations, meeting data
 * from a Y.Doc, a session) in happy-dom. The provider never connects: a test
 * sets `wsconnected`/`synced` itself.
 */
export function renderInMeeting(ui: (session: CollabSession) => ReactNode, setup?: (doc: Y.Doc) => void): Rendered {
  const doc = new Y.Doc();
  setup?.(doc);
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'm1', doc, { connect: false, disableBc: true });
  const session: CollabSession = { doc, provider, localCopy: noLocalCopy(), saves: new SaveTracker(doc), leftover: null, destroy: () => provider.destroy() };
  const store = createMeetingDataStore(doc, metaFromSummary(testMeeting));
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => {
    root.render(
      <I18nProvider>
        <MeetingDataContext.Provider value={{ store, editable: false }}>{ui(session)}</MeetingDataContext.Provider>
      </I18nProvider>,
    );
  });
  return {
    container,
    doc,
    provider,
    byTestId: <T extends HTMLElement = HTMLElement>(id: string) => container.querySelector<T>(`[data-testid="${id}"]`),
    allByTestId: (id) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    unmount: () => {
      act(() => root.unmount());
      container.remove();
      session.destroy();
      doc.destroy();
    },
  };
}

/** Types into a controlled field the way a user does: React hears the input event. */
export function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A response as the API sends it, for a stubbed fetch. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Clicks and lets the request the click started settle, with React's updates applied. */
export async function clickAndSettle(element: HTMLElement | null): Promise<void> {
  await act(async () => {
    element?.click();
    await Promise.resolve();
  });
}

/** The path and JSON body of one call a stubbed fetch received. */
export function sentRequest(call: Parameters<typeof fetch> | undefined): { path: unknown; body: unknown } {
  const [path, init] = call ?? [];
  return { path, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined };
}
