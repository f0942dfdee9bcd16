// `npm run bench`: every speed target of the project, measured on this machine, printed as one JSON object.
// Each part runs in its own process (`npx tsx bench/<name>.ts` runs one alone), so memory figures such as
// peak RSS are not inflated by the parts before it. `npm run bench -- qa ui` runs only those parts.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PARTS = [
  'text',
  'matching',
  'tbx',
  'xml-depth',
  'parse-peers',
  'glossary-import',
  'jobs-http',
  'glossary-stream',
  'load-peers',
  'exports',
  'exports-db',
  'xliff-import',
  'qa',
  'misspelling',
  'ui',
  'tm',
  'tm-import',
  'tm-ui',
  'cli-startup',
] as const;
const here = fileURLToPath(new URL('.', import.meta.url));
const tsxCli = join(here, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

const only = process.argv.slice(2);
const results: Record<string, unknown> = {
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memGiB: Math.round(totalmem() / 2 ** 30),
  },
};
for (const part of PARTS) {
  if (only.length > 0 && !only.includes(part)) continue;
  process.stderr.write(`bench: ${part}…\n`);
  const run = spawnSync(process.execPath, [tsxCli, join(here, `${part}.ts`)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  try {
    results[part] = JSON.parse(json);
  } catch {
    results[part] = {
      error: `exit ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`,
    };
  }
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
