import { termKeyOf } from '../../../core/glossary/term-keys';
import type { Db } from '../open';
import { createCommentsRepo } from './comments-repo';
import { createDocumentsRepo } from './documents-repo';
import { createGlossaryRepo } from './glossary-repo';
import { createQaIgnoredRepo } from './qa-ignored-repo';
import { createQaProfileRepo } from './qa-profile-repo';
import { createReplaceBatchesRepo } from './replace-batches-repo';
import { createSettingsRepo } from './settings-repo';
import { createTranslationUnitsRepo } from './translation-units-repo';
import { createUserDictionaryRepo } from './user-dictionary-repo';

/** One repository per table group, each the only code that writes SQL for its tables. One set per connection. */
export function createRepos(db: Db) {
  const settings = createSettingsRepo(db);
  return {
    documents: createDocumentsRepo(db),
    glossary: createGlossaryRepo(db, { keyOf: termKeyOf }, settings),
    qaIgnored: createQaIgnoredRepo(db),
    qaProfile: createQaProfileRepo(db),
    settings,
    translationUnits: createTranslationUnitsRepo(db),
    comments: createCommentsRepo(db),
    replaceBatches: createReplaceBatchesRepo(db),
    userDictionary: createUserDictionaryRepo(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;
