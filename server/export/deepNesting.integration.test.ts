import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { MAX_NESTING_DEPTH } from '../../shared/protocol/maxNestingDepth';
import { deeplyNestedDoc, deepWords } from '../../shared/protocol/testing/deeplyNestedDoc';
import type { StructuredProtocol } from '../../shared/protocol/types';
import { httpJson } from '../testing/httpJson';
import { startTestServer, type TestServer } from '../testing/testServer';
import { inOrder, pdfText } from './testing/pdfText';

const DEEP = 10_000;

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.stop();
});

/** A meeting whose stored log holds a body nested DEEP levels deep, as one written before the server refused such updates. */
async function deepMeeting(): Promise<CreateMeetingResponse> {
  const res = await httpJson('POST', `${t.server.url}/api/meetings`, { body: { title: 'Nämnden', kind: 'protocol', template: 'empty' } });
  expect(res.status).toBe(201);
  const meeting = res.json as CreateMeetingResponse;
  t.server.documents.append(meeting.id, Y.encodeStateAsUpdate(deeplyNestedDoc(DEEP)));
  return meeting;
}

describe(`a stored document nested ${DEEP} levels deep on the real server`, () => {
  it('GET /protocol answers with every § and every word, and names the deep part in problems', { timeout: 60_000 }, async () => {
    const meeting = await deepMeeting();
    const res = await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}/protocol`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } });
    expect(res.status).toBe(200);
    const protocol = res.json as StructuredProtocol;
    expect(protocol.items.map((item) => item.title)).toEqual(['Första', 'Djup', 'Tredje']);
    expect(protocol.items[1]!.text.split('\n').filter(Boolean)).toEqual(['Början av den djupa punkten.', ...deepWords(DEEP)]);
    expect(protocol.problems).toEqual([expect.stringContaining(`nested ${DEEP + 3} levels deep, deeper than the ${MAX_NESTING_DEPTH} levels a document may have`)]);
  });

  it('exports it as PDF from the worker, with the notice and every word', { timeout: 60_000 }, async () => {
    const meeting = await deepMeeting();
    const res = await fetch(`${t.server.url}/api/meetings/${meeting.id}/export.pdf`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } });
    expect(res.status).toBe(200);
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(inOrder(text, ['Anmärkning om innehållet', '§ 1', '§ 2', ...deepWords(DEEP), '§ 3', 'Text efter.'])).toEqual([]);
  });
});
