import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { MeetingState } from '../../../shared/meetingKind';
import type { Authorizer } from '../../auth/authorizer';
import type { MeetingEventBus } from '../../events/meetingEventBus';
import { authorizeRequest } from '../authorizeRequest';

/** Proxies close idle streams; a comment line every 25 s keeps this one open. */
const KEEPALIVE_MS = 25_000;

/**
 * GET /api/meetings/:id/events: server-sent `change` events (review state,
 * remarks, corrections) so every open browser follows the workflow within
 * moments, a lock included. A `ready` event first tells the current state.
 */
export function eventsRoute(deps: { authorizer: Authorizer; events: MeetingEventBus; stateOf: (meetingId: string) => MeetingState }) {
  const app = new Hono();
  app.get('/:id/events', (c) => {
    const meetingId = c.req.param('id');
    authorizeRequest(c, deps.authorizer, meetingId);
    return streamSSE(c, async (stream) => {
      const unsubscribe = deps.events.subscribe(meetingId, (event) => {
        void stream.writeSSE({ event: 'change', data: JSON.stringify(event) });
      });
      const keepalive = setInterval(() => void stream.write(': keepalive\n\n'), KEEPALIVE_MS);
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ state: deps.stateOf(meetingId) }) });
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      clearInterval(keepalive);
      unsubscribe();
    });
  });
  return app;
}
