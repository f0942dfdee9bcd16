import {
  exportCommand,
  exportHelp,
  importTmxCommand,
  importTmxHelp,
  importXliffCommand,
  importXliffHelp,
} from './commands/exchange';
import {
  importCommand,
  importHelp,
  listCommand,
  listHelp,
  segmentsCommand,
  segmentsHelp,
} from './commands/documents';
import { glossaryCommand, glossaryHelp } from './commands/glossary';
import { qaCommand, qaHelp } from './commands/qa';
import { findCommand, findHelp, replaceCommand, replaceHelp } from './commands/find';
import { termsCommand, termsHelp } from './commands/terms';
import { formatError } from '../shared/i18n/format-error';
import { AppError, isSerializedError } from '../shared/errors';
import { outOf, processIo, UsageError, type CliIo } from './io';
import { BARABAR_VERSION } from '../shared/version';

type Command = { run: (args: string[], io: CliIo) => Promise<number>; help: string; summary: string };

const COMMANDS: Record<string, Command> = {
  import: { run: importCommand, help: importHelp, summary: 'import Persian reports' },
  list: { run: listCommand, help: listHelp, summary: 'list documents and their progress' },
  segments: { run: segmentsCommand, help: segmentsHelp, summary: "print a document's segments" },
  glossary: {
    run: glossaryCommand,
    help: glossaryHelp,
    summary: 'add, edit, search, import, export the termbase',
  },
  terms: { run: termsCommand, help: termsHelp, summary: 'find glossary terms in reports' },
  qa: { run: qaCommand, help: qaHelp, summary: 'check terminology, numbers and consistency' },
  find: { run: findCommand, help: findHelp, summary: 'find text in sources (any spelling) or targets' },
  replace: { run: replaceCommand, help: replaceHelp, summary: 'replace text in the English targets' },
  export: { run: exportCommand, help: exportHelp, summary: 'export TMX, XLIFF, TSV, CSV or HTML' },
  'import-xliff': {
    run: importXliffCommand,
    help: importXliffHelp,
    summary: 'apply translations from an XLIFF file',
  },
  'import-tmx': {
    run: importTmxCommand,
    help: importTmxHelp,
    summary: 'load a TMX into the translation memory',
  },
};

export const mainHelp = `Barabar ${BARABAR_VERSION} — Persian→English translation workbench

Usage: barabar <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`)
  .join('\n')}

Every command takes --db FILE (or the BARABAR_DB environment variable) to choose the database and
--help for its own usage. Default database: the Barabar folder in your user data directory.`;

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
  if (name !== 'glossary' && (args.includes('--help') || args.includes('-h'))) {
    out.line(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
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
