import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MeetingState } from '../../shared/meetingKind';
import { CredentialStore } from '../auth/credentialStore';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';
import { createLogger } from '../logger';
import { MeetingStore } from '../meetings/meetingStore';
import { DocumentStore } from '../persistence/documentStore';
import { Room, type RoomOptions } from '../collab/room';

/** One meeting in a real SQLite file in a temp dir, for tests of a Room without a server. */
export interface RoomFixture {
  store: DocumentStore;
  meetingId: string;
  /** A room of the meeting, loaded from what is stored (a reload when one is open already). */
  newRoom: (options?: Partial<RoomOptions>, state?: MeetingState) => Room;
  close: () => void;
}

export function openRoomFixture(): RoomFixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-room-'));
  const database: OpenDatabase = openDatabase(path.join(dir, 'protokoll.db'));
  const store = new DocumentStore(database.db);
  const meetingId = new MeetingStore(database.db, new CredentialStore(database.db)).create({ title: 'M', kind: 'protocol' }).id;
  return {
    store,
    meetingId,
    newRoom: (options = {}, state = 'draft') =>
      new Room(
        meetingId,
        store,
        { compactAfterUpdates: 1000, compactAfterQuietMs: 60_000, maxDocumentBytes: 16 * 1024 * 1024, ...options },
        createLogger('silent'),
        state,
      ),
    close: () => {
      database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
