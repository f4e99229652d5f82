import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VerifyResponse } from '../../shared/adjustment/types';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { bringTo, callAs, openDatabaseFile } from '../testing/adjustmentFlow';
import { startTestServer, type TestServer } from '../testing/testServer';
import { pdfsig } from './testing/pdfsig';
import { TEST_SEAL_COMMON_NAME } from './testSeal';

let t: TestServer;
let meeting: CreateMeetingResponse;

beforeEach(async () => {
  t = await startTestServer();
  meeting = await t.createMeeting();
});

afterEach(async () => {
  await t.stop();
});

const sealedRows = () => {
  const db = openDatabaseFile(t);
  try {
    return db.prepare('select corrections, length(data) as size, sha256 from sealed_pdfs where meeting_id = ?').all(meeting.id) as { corrections: number; size: number; sha256: string }[];
  } finally {
    db.close();
  }
};

async function download(): Promise<Buffer> {
  const response = await fetch(`${t.server.url}/api/meetings/${meeting.id}/export.pdf`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the adjusted PDF carries the seal', () => {
  it('is rendered and sealed once at the lock, and every download is those stored bytes, valid to pdfsig over the whole file', async () => {
    await bringTo(t, meeting, 'adjusted');
    // Sealed right after the lock, before anyone asks for it.
    await vi.waitFor(() => expect(sealedRows().map((row) => row.corrections)).toEqual([0]), { timeout: 10_000 });
    const first = await download();
    const again = await download();
    expect(again.equals(first)).toBe(true);
    expect(sealedRows()[0]?.size).toBe(first.length);

    const report = pdfsig(first);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain(`Signer Certificate Common Name: ${TEST_SEAL_COMMON_NAME}`);

    const verified = await fetch(`${t.server.url}/api/verify`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: new Uint8Array(first) });
    expect((await verified.json()) as VerifyResponse).toMatchObject({ match: true, matched: 'export', meetingId: meeting.id });
    const flipped = Buffer.from(first);
    flipped[200] = (flipped[200] ?? 0) ^ 1;
    expect(pdfsig(flipped)).not.toContain('Signature is Valid.');
  });

  it('seals a new file after a correction, keeps the first, and refuses to change or remove either in the database', async () => {
    await bringTo(t, meeting, 'adjusted');
    const asAdjusted = await download();
    expect((await callAs(t, meeting, 'secretary', 'POST', '/corrections', { author: 'Hillevi Larsson', what: '§ 30: Margaretasalen', why: 'Fel lokal' })).status).toBe(201);
    const corrected = await download();
    expect(corrected.equals(asAdjusted)).toBe(false);
    expect(pdfsig(corrected)).toContain('Signature is Valid.');
    expect(sealedRows().map((row) => row.corrections)).toEqual([0, 1]);

    const writable = new Database(path.join(t.dataDir, 'protokoll.db'));
    try {
      expect(() => writable.prepare("update sealed_pdfs set sha256 = 'x'").run()).toThrow(/locked/);
      expect(() => writable.prepare('delete from sealed_pdfs').run()).toThrow(/locked/);
    } finally {
      writable.close();
    }
  });
});
