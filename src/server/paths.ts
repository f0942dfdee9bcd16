import { existsSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The same directory Electron uses as `userData` for an app named "Barabar", so the desktop app, the
 * browser mode and the CLI share one database by default.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  switch (platform()) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Barabar');
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Barabar');
    default:
      return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Barabar');
  }
}

/** `--db FILE` beats `BARABAR_DB`, which beats the user data directory. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.BARABAR_DB) return resolve(env.BARABAR_DB);
  return join(userDataDir(env), 'barabar.sqlite');
}

/** Walks up from this file to the folder holding package.json (works from src/ under tsx and from out/). */
export function repoRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'corpus'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start, '..', '..');
    dir = up;
  }
}

export function repoPaths(root: string = repoRoot()): {
  root: string;
  corpusDir: string;
  glossaryFile: string;
  rendererDir: string;
  migrationsDir: string;
} {
  return {
    root,
    corpusDir: join(root, 'corpus'),
    glossaryFile: join(root, 'glossary', 'barabar.termbase'),
    rendererDir: join(root, 'out', 'renderer'),
    migrationsDir: join(root, 'src', 'server', 'db', 'migrations'),
  };
}

/** The default database file, ignoring flags and environment. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), 'barabar.sqlite');
}
