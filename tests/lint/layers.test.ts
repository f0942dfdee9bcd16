/**
 * The layering rules of eslint.config.js, run through ESLint's API on one-line snippets placed (virtually)
 * in each layer: every forbidden import must be reported and every allowed one must pass, so a rule that
 * silently stops matching (a typo in a pattern, a later block overriding it) fails here.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The layering messages ESLint reports for `code` as if it were the file `path` (relative to the root). */
async function layeringErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

const imp = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

// [file the snippet pretends to be, import that must be refused]
const forbidden: [string, string][] = [
  ['src/core/text/x.ts', 'node:fs'],
  ['src/core/text/x.ts', 'zod'],
  ['src/core/text/x.ts', 'better-sqlite3'],
  ['src/core/text/x.ts', '../../server/dispatch'],
  ['src/core/text/x.ts', '../../shared/api'],
  ['src/core/text/x.ts', '../../shared/limits'],
  ['src/shared/x.ts', 'node:path'],
  ['src/shared/x.ts', 'electron'],
  ['src/shared/x.ts', '../server/dispatch'],
  ['src/shared/api/x.ts', '../../renderer/src/api/client'],
  ['src/server/x.ts', '../main/ipc'],
  ['src/server/services/x.ts', '../../preload/index'],
  ['src/server/x.ts', '../renderer/src/main'],
  ['src/server/x.ts', '../cli/main'],
  ['src/server/x.ts', 'electron'],
  ['src/main/x.ts', '../renderer/src/main'],
  ['src/main/x.ts', '../cli/main'],
  ['src/preload/x.ts', 'zod'],
  ['src/preload/x.ts', '../shared/api'],
  ['src/preload/x.ts', '../server/dispatch'],
  ['src/preload/x.ts', 'node:path'],
  ['src/renderer/src/x.ts', 'node:fs'],
  ['src/renderer/src/x.ts', 'fs'],
  ['src/renderer/src/x.ts', 'electron'],
  ['src/renderer/src/features/x.ts', '../../../server/dispatch'],
  ['src/renderer/src/x.ts', '../../main/ipc'],
  ['src/renderer/src/x.ts', '../../cli/main'],
  ['src/renderer/src/x.ts', '../../preload/index'],
  ['src/cli/x.ts', '../main/ipc'],
  ['src/cli/commands/x.ts', '../../renderer/src/main'],
  ['src/cli/x.ts', '../preload/index'],
  ['src/cli/x.ts', 'electron'],
];

// Imports each layer really needs: the rules must not refuse them.
const allowed: [string, string][] = [
  ['src/core/formats/xml/x.ts', 'saxes'],
  ['src/core/text/x.ts', '../glossary/matcher'],
  ['src/core/text/x.ts', '../../shared/model'],
  ['src/core/text/x.ts', '../../shared/errors'],
  ['src/shared/api/x.ts', 'zod'],
  ['src/shared/x.ts', '../core/text/normalize'],
  ['src/server/x.ts', 'node:fs'],
  ['src/server/x.ts', 'better-sqlite3'],
  ['src/server/x.ts', '../core/text/normalize'],
  ['src/main/x.ts', 'electron'],
  ['src/main/x.ts', '../server/dispatch'],
  ['src/preload/x.ts', 'electron'],
  ['src/preload/x.ts', '../shared/api/bridge'],
  ['src/renderer/src/x.ts', '../../shared/api'],
  ['src/renderer/src/x.ts', 'monaco-editor/esm/vs/editor/editor.api'],
  ['src/cli/x.ts', '../server/dispatch'],
  ['src/cli/x.ts', 'node:fs'],
];

describe('ESLint layering', () => {
  it.each(forbidden)('%s may not import %s', async (path, from) => {
    expect(await layeringErrors(path, imp(from))).toHaveLength(1);
  });

  it.each(allowed)('%s may import %s', async (path, from) => {
    expect(await layeringErrors(path, imp(from))).toEqual([]);
  });

  it('core/ and shared/ may not touch host globals', async () => {
    for (const path of ['src/core/text/x.ts', 'src/shared/x.ts']) {
      const errors = await layeringErrors(path, 'export const env = process.env;\n');
      expect(errors).toHaveLength(1);
    }
  });
});
