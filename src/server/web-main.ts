/**
 * `npm run web` (run with tsx): the services and the built renderer over loopback HTTP.
 *   --port N     fixed port (default: a free one)
 *   --db FILE    database file (else BARABAR_DB, else the user data folder)
 *   --no-seed    do not load the sample reports and termbase into a new database
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatError, isSerializedError } from '../shared/errors';
import { startServiceHosts } from './host/service-hosts';
import { startHttpServer } from './http';
import { repoPaths, resolveDbPath } from './paths';

interface WebArgs {
  port: number;
  db?: string;
  seed: boolean;
}

const USAGE = 'usage: npm run web -- [--port N] [--db FILE] [--no-seed]';

function parseArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = { port: 0, seed: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port') {
      const raw = value();
      const port = Number(raw);
      if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`--port: not a port number: ${raw}`);
      args.port = port;
    } else if (flag === '--db') {
      args.db = value();
    } else if (flag === '--no-seed') {
      args.seed = false;
    } else {
      throw new Error(`unknown option: ${flag}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  let args: WebArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const paths = repoPaths();
  // --db, else BARABAR_DB, else defaultDbPath() (the user data folder shared with the desktop app).
  const dbPath = resolveDbPath(args.db);
  const seed = args.seed
    ? {
        // Only files that exist: a checkout without the shipped termbase still starts, with the reports.
        corpusDir: existsSync(paths.corpusDir) ? paths.corpusDir : undefined,
        glossaryFile: existsSync(paths.glossaryFile) ? paths.glossaryFile : undefined,
      }
    : undefined;

  // The services run in worker threads; this thread only serves HTTP (see host/service-hosts.ts).
  const hosts = await startServiceHosts({ dbPath, seed });
  if (!existsSync(join(paths.rendererDir, 'index.html'))) {
    process.stderr.write(`warning: ${paths.rendererDir} has no index.html; run \`npm run build\` first\n`);
  }
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  try {
    server = await startHttpServer({
      dispatch: hosts.dispatch,
      rendererDir: paths.rendererDir,
      port: args.port,
    });
  } catch (err) {
    await hosts.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(
        `barabar: port ${args.port} is already in use; pick another with --port N (or omit it)\n`,
      );
      process.exit(1);
    }
    throw err;
  }

  process.stdout.write(`Barabar is running in browser mode. Open:\n${server.url}\n`);
  process.stdout.write(`Database: ${dbPath}\nPress Ctrl+C to stop.\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    // Close the listener first so no call lands on a closed database, then checkpoint and close it.
    server
      .close()
      .catch((err: unknown) => process.stderr.write(`while stopping: ${String(err)}\n`))
      .then(() => hosts.close())
      .catch((err: unknown) => process.stderr.write(`while stopping: ${String(err)}\n`))
      .finally(() => {
        process.stdout.write(`Stopped (${signal}).\n`);
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(
    isSerializedError(err)
      ? `barabar: ${formatError(err)}\n`
      : `barabar: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
