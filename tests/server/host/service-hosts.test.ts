import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServiceHosts, type ServiceHosts } from '../../../src/server/host/service-hosts';
import type { ApiResponse } from '../../../src/shared/api';
import type { JobProgress } from '../../../src/shared/jobs';
import { syntheticTsv } from '../../helpers/synthetic-glossary';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
let hosts: ServiceHosts | undefined;
afterEach(async () => {
  await hosts?.close();
  hosts = undefined;
});

const ok = <T>(r: ApiResponse<unknown>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.result as T;
};

async function entryCount(h: ServiceHosts): Promise<number> {
  return ok<{ total: number }>(await h.dispatch('glossary.list', { limit: 1 })).total;
}

const entry = (fa: string, en: string) => ({
  subject: 'general',
  terms: [
    { lang: 'fa', text: fa, status: 'preferred' },
    { lang: 'en', text: en, status: 'preferred' },
  ],
});

// Imports of tens of thousands of rows: generous limits for a busy machine (the speed figures are in the bench).
describe('services in worker threads (browser mode)', { timeout: 180_000 }, () => {
  it('leaves the glossary exactly as it was when an import is cancelled mid-way', async () => {
    hosts = await startServiceHosts({ dbPath: join(tempDir(), 'b.sqlite') });
    ok(
      await hosts.dispatch('glossary.import', {
        fileName: 'first.tsv',
        contentBase64: b64(syntheticTsv(50)),
      }),
    );
    const before = await entryCount(hosts);
    const snapshotBefore = ok<{ version: number }>(await hosts.dispatch('glossary.snapshot', {}));

    const controller = new AbortController();
    const phases: JobProgress['phase'][] = [];
    const result = await hosts.dispatch(
      'glossary.import',
      { fileName: 'big.tsv', contentBase64: b64(syntheticTsv(30_000, 1_000)) },
      {
        signal: controller.signal,
        progress: (p) => {
          phases.push(p.phase);
          // Mid-way through staging: the plan is done and rows are being written.
          if (p.phase === 'write' && p.done > 0) controller.abort();
        },
      },
    );
    expect(result).toEqual({ ok: false, error: { code: 'cancelled', params: {} } });
    expect(phases).toContain('plan');
    expect(await entryCount(hosts)).toBe(before);
    const snapshotAfter = ok<{ version: number }>(await hosts.dispatch('glossary.snapshot', {}));
    expect(snapshotAfter.version).toBe(snapshotBefore.version);
  });

  it.each([
    // Into an empty glossary the rows are staged as they are read (issue 14.2); the write changes the
    // glossary under the import, which then starts over and plans against it.
    ['an empty glossary, while it reads', 'read', false],
    // Into a glossary with entries the rows are planned, then staged in the write phase.
    ['a glossary with entries, while it stages', 'write', true],
  ] as const)(
    'lets a save through and answers short calls while a large import into %s',
    async (_, phase, seeded) => {
      hosts = await startServiceHosts({ dbPath: join(tempDir(), 'b.sqlite') });
      const h = hosts;
      if (seeded)
        expect(
          await h.dispatch('glossary.add', { entry: entry('سرتیپ', 'Brigadier General') }),
        ).toMatchObject({ ok: true });
      const n = 30_000;
      let during: Promise<ApiResponse<unknown>[]> | undefined;
      let importDone = false;
      const job = h
        .dispatch(
          'glossary.import',
          { fileName: 'big.tsv', contentBase64: b64(syntheticTsv(n)) },
          {
            progress: (p) => {
              if (p.phase !== phase || p.done === 0 || during) return;
              // A write on the other connection while the import is staging its rows.
              during = Promise.all([
                h.dispatch('glossary.add', { entry: entry('سرلشکر', 'Major General') }),
                h.dispatch('app.info', {}),
              ]).then((r) => {
                expect(importDone).toBe(false);
                return r;
              });
            },
          },
        )
        .then((r) => {
          importDone = true;
          return r;
        });
      const report = ok<{ applied: boolean; added: number }>(await job);
      expect(report).toMatchObject({ applied: true, added: n });
      const [added, info] = await during!;
      expect(added).toMatchObject({ ok: true });
      expect(info).toMatchObject({ ok: true });
      expect(await entryCount(h)).toBe(n + 1 + (seeded ? 1 : 0));
    },
  );
});
