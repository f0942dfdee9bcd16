// A second (third, fourth…) process on the same database file, for the concurrency tests. Each mode prints
// one JSON line on stdout. Modules load first; the work starts at the wall-clock time `startAt` (ms), so
// processes spawned one after another really run at the same moment.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createApi } from '../../../src/server/create-api';
import { AppError } from '../../../src/shared/errors';

const [mode, dbPath, ...rest] = process.argv.slice(2);
const waitUntil = (t: number): void => {
  while (Date.now() < t)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(5, t - Date.now()));
};
const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};

try {
  if (mode === 'hold') {
    // Holds the write lock for `ms` milliseconds, as a long import in another process does.
    const ms = Number(rest[0]);
    const db = new Database(dbPath!);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO settings (key, value) VALUES ('holder', 'x') ON CONFLICT(key) DO NOTHING").run();
    print({ locked: true });
    waitUntil(Date.now() + ms);
    db.exec('COMMIT');
    db.close();
  } else if (mode === 'import') {
    const [file, startAt] = rest;
    const api = createApi({ dbPath: dbPath!, busyTimeoutMs: 60_000 });
    const text = readFileSync(file!, 'utf8');
    waitUntil(Number(startAt));
    const report = await api.services.glossary.importText(text, file!);
    print({
      added: report.added,
      updated: report.updated,
      unchanged: report.unchanged,
      applied: report.applied,
    });
    api.close();
  } else if (mode === 'open') {
    // `dbPath` is a comma-separated list of new files, opened one after another: one process start serves
    // several rounds, and the processes stay in step because each open waits for the one seeding.
    const [corpusDir, glossaryFile, startAt] = rest;
    waitUntil(Number(startAt));
    for (const file of dbPath!.split(',')) {
      const api = createApi({ dbPath: file, seed: { corpusDir, glossaryFile }, busyTimeoutMs: 60_000 });
      print({ documents: api.services.documents.list().length, entries: api.services.glossary.count() });
      api.close();
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
} catch (err) {
  print({ error: err instanceof AppError ? err.code : String(err) });
  process.exitCode = 1;
}
