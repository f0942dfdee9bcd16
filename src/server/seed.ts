import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/open';
import type { SettingsRepo } from './db/repos/settings-repo';
import { writeTx } from './db/write';
import type { DocumentsService } from './services/documents-service';
import type { GlossaryService } from './services/glossary-service';

export interface SeedSources {
  /** Folder of sample reports (*.txt). */
  corpusDir?: string | undefined;
  /** The shipped termbase file. */
  glossaryFile?: string | undefined;
}

const CORPUS = 'seeded_corpus';
const GLOSSARY = 'seeded_glossary';

/**
 * Loads the bundled reports and the shipped termbase into a database once: a user who deletes a sample
 * report or an entry does not get it back. The flags are re-read under the write lock (BEGIN IMMEDIATE),
 * so when several processes open a new database at once exactly one of them seeds it.
 */
export function seedOnce(
  db: Db,
  deps: { documents: DocumentsService; glossary: GlossaryService; settings: SettingsRepo },
  seed: SeedSources,
  now: () => string = () => new Date().toISOString(),
): void {
  const { corpusDir, glossaryFile } = seed;
  const todo = (): { corpus: boolean; glossary: boolean } => ({
    corpus: !!corpusDir && deps.settings.get(CORPUS) === undefined,
    glossary: !!glossaryFile && deps.settings.get(GLOSSARY) === undefined,
  });
  const first = todo();
  // The common case (already seeded) takes no write lock.
  if (!first.corpus && !first.glossary) return;
  writeTx(db, () => {
    const pending = todo();
    if (pending.corpus && corpusDir) {
      const files = readdirSync(corpusDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({
          name: f,
          file: join(corpusDir, f),
          bytes: new Uint8Array(readFileSync(join(corpusDir, f))),
        }));
      deps.documents.importFiles(files);
      deps.settings.set(CORPUS, now());
    }
    if (pending.glossary && glossaryFile) {
      deps.glossary.syncFromTermbase(readFileSync(glossaryFile, 'utf8'), glossaryFile);
      deps.settings.set(GLOSSARY, now());
    }
  });
}
