/**
 * What a command may touch of the outside world: text out, text to stderr, whether stdout is a terminal,
 * the environment. `main(argv, io)` runs in-process in tests with an io that collects the text.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** stdout is a terminal (progress bars may be drawn); false when piped or in tests. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

/** The helpers commands write with. */
export interface Out {
  line(text?: string): void;
  json(value: unknown): void;
  error(text: string): void;
}

export function outOf(io: CliIo): Out {
  return {
    line: (text = '') => io.out(`${text}\n`),
    json: (value) => io.out(`${JSON.stringify(value, null, 2)}\n`),
    error: (text) => io.err(`barabar: ${text}\n`),
  };
}

/**
 * The real process's io. A reader that goes away (`barabar glossary list | head -1`) makes the next
 * write fail with EPIPE: that is the reader's choice, not an error, so the process ends quietly with 0.
 * Every database write is a transaction, so stopping between two writes loses nothing acknowledged.
 */
export function processIo(): CliIo {
  const quitOnEpipe = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  };
  process.stdout.on('error', quitOnEpipe);
  process.stderr.on('error', quitOnEpipe);
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}

/** Left-aligned columns; Persian cells are wrapped in isolates so a terminal does not reorder neighbours. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return cells
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n');
}
