/**
 * The glossary import as a staged job on real database files: two connections importing the same file
 * at once, and a cancel at every phase boundary.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../src/server/create-api';
import type { JobProgress } from '../../../src/shared/jobs';
import { syntheticTsv } from '../../helpers/synthetic-glossary';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const open: ReturnType<typeof createApi>[] = [];
afterEach(() => {
  for (const api of open.splice(0)) api.close();
});
const connect = (dbPath: string) => {
  const api = createApi({ dbPath });
  open.push(api);
  return api;
};

describe('glossary import job', { timeout: 120_000 }, () => {
  it('adds the entries once when two connections import the same file at the same time', async () => {
    const dbPath = join(tempDir(), 'g.sqlite');
    const [a, b] = [connect(dbPath), connect(dbPath)];
    const tsv = syntheticTsv(5_000);
    // Both plan against the empty glossary while the other runs; the second to publish must re-plan.
    const [ra, rb] = await Promise.all([
      a.services.glossary.importText(tsv, 'same.tsv', undefined),
      b.services.glossary.importText(tsv, 'same.tsv', undefined),
    ]);
    expect(ra.applied && rb.applied).toBe(true);
    expect(ra.added + rb.added).toBe(5_000);
    expect(ra.unchanged + rb.unchanged).toBe(5_000);
    expect(a.services.glossary.count()).toBe(5_000);
  });

  it('finds a repeat far from its first line, though the rows between were staged and let go', async () => {
    const api = connect(join(tempDir(), 'g.sqlite'));
    const tsv = syntheticTsv(9_000);
    const firstLine = tsv.slice(0, tsv.indexOf('\n') + 1);
    const report = await api.services.glossary.importText(tsv + firstLine, 'big.tsv', undefined);
    expect(report.rejected).toEqual([
      { where: 'line 9001', reason: 'duplicate of line 1 (same Persian and English terms)' },
    ]);
    expect(report.applied).toBe(false);
    expect(api.services.glossary.count()).toBe(0);
    // The staging tables are empty again: the next import starts clean and adds every row.
    const again = await api.services.glossary.importText(tsv, 'big.tsv', undefined);
    expect(again).toMatchObject({ applied: true, added: 9_000 });
  });

  it('matches each row to the entries already there by a per-row lookup, and settles conflicts', async () => {
    const api = connect(join(tempDir(), 'g.sqlite'));
    await api.services.glossary.importText(syntheticTsv(3_000), 'first.tsv', undefined);
    // Same Persian, other English for the first 10; the rest unchanged; 10 new ones.
    const changed = syntheticTsv(10).replace(/\tterm /g, '\tnew term ');
    const text = changed + syntheticTsv(2_990, 10) + syntheticTsv(10, 3_000);
    const report = await api.services.glossary.importText(text, 'second.tsv', undefined, undefined, {
      onConflict: 'replace',
    });
    expect(report).toMatchObject({ applied: true, added: 10, updated: 10, unchanged: 2_990 });
    expect(report.conflicts).toHaveLength(10);
    expect(api.services.glossary.count()).toBe(3_010);
  });

  it('writes nothing when cancelled in any phase', async () => {
    const api = connect(join(tempDir(), 'g.sqlite'));
    await api.services.glossary.importText(syntheticTsv(10), 'first.tsv', undefined);
    const version = api.services.glossary.version();
    for (const phase of ['read', 'plan', 'write'] as const) {
      const controller = new AbortController();
      const call = {
        signal: controller.signal,
        progress: (p: JobProgress) => {
          if (p.phase === phase) controller.abort();
        },
      };
      await expect(
        api.services.glossary.importText(syntheticTsv(8_000, 100), 'big.tsv', undefined, call),
      ).rejects.toMatchObject({ code: 'cancelled' });
      expect(api.services.glossary.count()).toBe(10);
      expect(api.services.glossary.version()).toBe(version);
    }
  });
});
