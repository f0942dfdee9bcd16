/** Command-line options of the desktop app. Chromium and Electron add their own switches, so unknown ones are ignored. */
export interface MainArgs {
  db?: string;
  seed: boolean;
}

export function parseMainArgs(argv: readonly string[]): MainArgs {
  const args: MainArgs = { seed: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const value = argv[i + 1];
      if (value !== undefined && !value.startsWith('--')) {
        args.db = value;
        i++;
      }
    } else if (arg?.startsWith('--db=')) {
      args.db = arg.slice('--db='.length) || undefined;
    } else if (arg === '--no-seed') {
      args.seed = false;
    }
  }
  return args;
}
