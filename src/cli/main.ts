import { formatError } from '../shared/i18n/format-error';
import { AppError, isSerializedError } from '../shared/errors';
import { outOf, processIo, UsageError, type CliIo } from './io';
import { BARABAR_VERSION } from '../shared/version';

type Run = (args: string[], io: CliIo) => Promise<number>;
type Command = { summary: string; load: () => Promise<{ run: Run; help: string }> };

// Each command module is imported only when its command runs (`import()`, one chunk per command in the
// out/cli bundle), so `--version` and `--help` load no database code and `list` none of the exchange or
// glossary code. Scripts call the CLI thousands of times: start-up is measured in bench/cli-startup.ts.
const COMMANDS: Record<string, Command> = {
  import: {
    summary: 'import Persian reports',
    load: async () => {
      const m = await import('./commands/documents');
      return { run: m.importCommand, help: m.importHelp };
    },
  },
  list: {
    summary: 'list documents and their progress',
    load: async () => {
      const m = await import('./commands/documents');
      return { run: m.listCommand, help: m.listHelp };
    },
  },
  segments: {
    summary: "print a document's segments",
    load: async () => {
      const m = await import('./commands/documents');
      return { run: m.segmentsCommand, help: m.segmentsHelp };
    },
  },
  glossary: {
    summary: 'add, edit, search, import, export the termbase',
    load: async () => {
      const m = await import('./commands/glossary');
      return { run: m.glossaryCommand, help: m.glossaryHelp };
    },
  },
  terms: {
    summary: 'find glossary terms in reports',
    load: async () => {
      const m = await import('./commands/terms');
      return { run: m.termsCommand, help: m.termsHelp };
    },
  },
  qa: {
    summary: 'check terminology, numbers and consistency',
    load: async () => {
      const m = await import('./commands/qa');
      return { run: m.qaCommand, help: m.qaHelp };
    },
  },
  export: {
    summary: 'export the English article, a Word review table, TMX, XLIFF, TSV, CSV or HTML',
    load: async () => {
      const m = await import('./commands/exchange');
      return { run: m.exportCommand, help: m.exportHelp };
    },
  },
  'import-review': {
    summary: "apply a reviewer's edits from a Word review table",
    load: async () => {
      const m = await import('./commands/review');
      return { run: m.importReviewCommand, help: m.importReviewHelp };
    },
  },
  find: {
    summary: 'find text in sources (any spelling) or targets',
    load: async () => {
      const m = await import('./commands/find');
      return { run: m.findCommand, help: m.findHelp };
    },
  },
  replace: {
    summary: 'replace text in the English targets',
    load: async () => {
      const m = await import('./commands/find');
      return { run: m.replaceCommand, help: m.replaceHelp };
    },
  },
  'import-xliff': {
    summary: 'apply translations from an XLIFF file',
    load: async () => {
      const m = await import('./commands/exchange');
      return { run: m.importXliffCommand, help: m.importXliffHelp };
    },
  },
  'import-tmx': {
    summary: 'load a TMX into the translation memory',
    load: async () => {
      const m = await import('./commands/exchange');
      return { run: m.importTmxCommand, help: m.importTmxHelp };
    },
  },
  tm: {
    summary: 'translation memory: import, list, lookup, concordance',
    load: async () => {
      const m = await import('./commands/tm');
      return { run: m.tmCommand, help: m.tmHelp };
    },
  },
  pretranslate: {
    summary: 'fill untranslated segments from the memory',
    load: async () => {
      const m = await import('./commands/tm');
      return { run: m.pretranslateCommand, help: m.pretranslateHelp };
    },
  },
  analyse: {
    summary: 'words and segments per match band',
    load: async () => {
      const m = await import('./commands/tm');
      return { run: m.analyseCommand, help: m.analyseHelp };
    },
  },
};

export const mainHelp = `Barabar ${BARABAR_VERSION} — Persian→English translation workbench

Usage: barabar <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`)
  .join('\n')}

Every command takes --db FILE (or the BARABAR_DB environment variable) to choose the database and
--help for its own usage. Default database: the Barabar folder in your user data directory.
Large glossary and TMX files are parsed on a second thread while the first one writes to the database;
BARABAR_PARSE_WORKER=always does so for every file (faster, more memory), =never for none.`;

/**
 * Runs one command; returns the exit code (0 ok, 1 failed or QA errors, 2 usage). Errors print the
 * text the English UI shows for the same code and parameters.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const out = outOf(io);
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.line(mainHelp);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    out.line(BARABAR_VERSION);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    out.error(`unknown command "${name}" (see barabar --help)`);
    return 2;
  }
  try {
    const { run, help } = await command.load();
    if (name !== 'glossary' && (args.includes('--help') || args.includes('-h'))) {
      out.line(help);
      return 0;
    }
    return await run(args, io);
  } catch (err) {
    out.error(describeError(err));
    // 130: the conventional status of a command stopped by Ctrl+C.
    if (err instanceof AppError && err.code === 'cancelled') return 130;
    return err instanceof UsageError ? 2 : 1;
  }
}

export function describeError(err: unknown): string {
  if (isSerializedError(err)) return formatError(err.code, err.params, 'en');
  if (err instanceof UsageError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? 'unknown error';
  return String(err);
}
