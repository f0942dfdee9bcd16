import type { Db } from '../open';

export interface MemoryRow {
  id: number;
  name: string;
  kind: 'project' | 'reference';
  file: string | null;
  created_at: string;
  units: number;
}

export const PROJECT_MEMORY_ID = 1;

/** tm_memories: the project memory (id 1) and the reference memories imported from TMX. */
export function createTmMemoriesRepo(db: Db) {
  const list = db.prepare(
    `SELECT m.id, m.name, m.kind, m.file, m.created_at,
            (SELECT COUNT(*) FROM tm_units u WHERE u.memory_id = m.id) AS units
     FROM tm_memories m ORDER BY m.id`,
  );
  const byName = db.prepare(
    'SELECT id, name, kind, file, created_at, 0 AS units FROM tm_memories WHERE name = ?',
  );
  const insert = db.prepare('INSERT INTO tm_memories (name, kind, file, created_at) VALUES (?, ?, ?, ?)');
  const remove = db.prepare("DELETE FROM tm_memories WHERE id = ? AND kind = 'reference'");
  return {
    list: (): MemoryRow[] => list.all() as MemoryRow[],
    byName: (name: string): MemoryRow | undefined => byName.get(name) as MemoryRow | undefined,
    create: (name: string, file: string, at: string): number =>
      Number(insert.run(name, 'reference', file, at).lastInsertRowid),
    remove: (id: number): boolean => remove.run(id).changes > 0,
  };
}

export type TmMemoriesRepo = ReturnType<typeof createTmMemoriesRepo>;
