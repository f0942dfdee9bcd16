import Database from 'better-sqlite3';
import { readFileSync, rmSync } from 'node:fs';
import { streamTmx } from '/work/wt/tm/src/core/formats/bilingual';
import { tmText, exactHash, exactKey } from '/work/wt/tm/src/core/tm';
import { readTextChunks } from '/work/wt/tm/src/server/text-chunks';
const file = '/tmp/h7b/20k.tmx';
const units: { s: string; t: string; keys: string[] }[] = [];
streamTmx(readTextChunks(file), file, (u) =>
  units.push({ s: u.source, t: u.target, keys: tmText(u.source).words.map((w) => w.key) }),
);
const mig =
  readFileSync('/work/wt/tm/src/server/db/migrations/001-initial.sql', 'utf8') +
  readFileSync('/work/wt/tm/src/server/db/migrations/003-translation-memory.sql', 'utf8');
const cpu = (x: NodeJS.CpuUsage) => Math.round((x.user + x.system) / 1000);
for (const variant of ['all', 'detail-none', 'detail-none-noautomerge', 'detail-none-nomemidx', 'no-fts']) {
  rmSync('/tmp/h7b/x.sqlite', { force: true });
  rmSync('/tmp/h7b/x.sqlite-wal', { force: true });
  const db = new Database('/tmp/h7b/x.sqlite');
  db.pragma('journal_mode=WAL');
  db.exec(mig);
  if (variant.includes('nomemidx')) db.exec('DROP INDEX tm_units_by_memory');
  if (variant.startsWith('detail-none')) {
    db.exec('DROP TABLE tm_fts');
    db.exec(
      `CREATE VIRTUAL TABLE tm_fts USING fts5(src, tgt, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co Mn'")`,
    );
  }
  if (variant.includes('noautomerge')) db.exec("INSERT INTO tm_fts(tm_fts, rank) VALUES('automerge', 0)");
  const vocab = new Map<string, number>();
  const insW = db.prepare('INSERT INTO tm_words (key) VALUES (?)');
  const insU = db.prepare(
    'INSERT INTO tm_units (memory_id, source, target, exact_hash, word_ids, author, created_at, changed_at) VALUES (1,?,?,?,?,?,?,?)',
  );
  const insF = db.prepare('INSERT INTO tm_fts (rowid, src, tgt) VALUES (?,?,?)');
  const c = process.cpuUsage();
  db.transaction(() => {
    for (const u of units) {
      const ids = Uint32Array.from(u.keys, (k) => {
        let id = vocab.get(k);
        if (id === undefined) {
          id = Number(insW.run(k).lastInsertRowid);
          vocab.set(k, id);
        }
        return id;
      });
      if (variant === 'words-only') continue;
      const id = Number(
        insU.run(u.s, u.t, exactHash(exactKey(u.keys)), Buffer.from(ids.buffer), '', 'x', 'x')
          .lastInsertRowid,
      );
      if (variant === 'no-fts') continue;
      insF.run(id, u.keys.join(' '), variant === 'fts-src-only' ? '' : u.t);
    }
  })();
  console.log(variant, cpu(process.cpuUsage(c)));
  db.close();
}
