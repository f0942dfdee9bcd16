import type { Db } from '../open';
import { lazyStatements } from './lazy-statements';

/** The only SQL over user_dictionary: the words the user added to the English spell checker. */
export function createUserDictionaryRepo(db: Db) {
  const stmts = lazyStatements(db, {
    all: 'SELECT word FROM user_dictionary ORDER BY word',
    add: 'INSERT INTO user_dictionary (word, added_at) VALUES (?, ?) ON CONFLICT(word) DO NOTHING',
    remove: 'DELETE FROM user_dictionary WHERE word = ?',
  });
  return {
    all: (): string[] => (stmts.all.all() as { word: string }[]).map((r) => r.word),
    add: (word: string, at: string): boolean => stmts.add.run(word, at).changes > 0,
    remove: (word: string): boolean => stmts.remove.run(word).changes > 0,
  };
}

export type UserDictionaryRepo = ReturnType<typeof createUserDictionaryRepo>;
