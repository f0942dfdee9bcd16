// `npm run bench`: every speed target of the project, measured on this machine, printed as one JSON object.
// Each part is its own module (runnable alone with `npx tsx bench/<name>.ts`).
import { cpus, totalmem } from 'node:os';

const parts: { name: string; load: () => Promise<() => Promise<Record<string, number>>> }[] = [
  { name: 'matching', load: async () => (await import('./matching')).benchMatching },
  { name: 'tbx', load: async () => (await import('./tbx')).benchTbx },
  { name: 'glossaryImport', load: async () => (await import('./glossary-import')).benchGlossaryImport },
  { name: 'exports', load: async () => (await import('./exports')).benchExports },
  { name: 'qa', load: async () => (await import('./qa')).benchQa },
  { name: 'ui', load: async () => (await import('./ui')).benchUi },
];

const only = process.argv.slice(2);
const results: Record<string, unknown> = {
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30) },
};
for (const part of parts) {
  if (only.length > 0 && !only.includes(part.name)) continue;
  process.stderr.write(`bench: ${part.name}…\n`);
  try {
    results[part.name] = await (await part.load())();
  } catch (err) {
    results[part.name] = { error: (err as Error).message };
  }
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
