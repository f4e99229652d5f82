import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { startCheckpointer, WAL_SAFETY_VALVE_PAGES } from './checkpointer';
import * as schema from './schema';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Drizzle over the driver, which stays reachable as $client for the one hot statement. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabase {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

/** Opens (creating and migrating) the SQLite file; WAL so readers never block the writer. */
export function openDatabase(file: string, onCheckpointError: (message: string) => void = () => undefined): OpenDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a process crash (the log is fsynced at checkpoints);
  // only an OS crash or power loss can drop the last transactions.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints run on a worker (see checkpointer.ts); this is only the safety valve.
  sqlite.pragma(`wal_autocheckpoint = ${WAL_SAFETY_VALVE_PAGES}`);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  const checkpointer = startCheckpointer(file, onCheckpointError);
  return {
    db,
    sqlite,
    close: () => {
      checkpointer.stop();
      sqlite.close();
    },
  };
}
