import { parentPort } from 'node:worker_threads';
import type { VetRequest, VetResponse, VetVerdict } from './vetMessages';
import { RoomCopy } from './roomCopy';

// The thread behind UpdateVetter: a copy of each room's document that has had a large update, kept in step by the server.
const copies = new Map<string, RoomCopy>();

function post(response: VetResponse): void {
  parentPort?.postMessage(response);
}

/** The server seeds a room before its first vet; without a copy nothing can be judged, so nothing is taken. */
const NO_COPY: VetVerdict = { addsNothing: false, problem: 'tooCostly', applyMs: 0 };

parentPort?.on('message', (request: VetRequest) => {
  switch (request.type) {
    case 'seed':
      copies.get(request.meetingId)?.destroy();
      copies.set(request.meetingId, new RoomCopy(request.state));
      return;
    case 'apply':
      copies.get(request.meetingId)?.apply(request.update);
      return;
    case 'drop':
      copies.get(request.meetingId)?.destroy();
      copies.delete(request.meetingId);
      return;
    case 'vet': {
      const copy = copies.get(request.meetingId);
      post({ type: 'verdict', id: request.id, verdict: copy ? copy.vet(request.update) : NO_COPY });
      return;
    }
    case 'settle':
      copies.get(request.meetingId)?.settle(request.taken);
  }
});

post({ type: 'ready' });
