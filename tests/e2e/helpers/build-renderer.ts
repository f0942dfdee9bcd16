import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The e2e tests drive the built renderer (out/renderer, what `npm run build` produces). If it is
 * missing or older than the renderer, core or shared sources, build just the renderer with vite's API
 * and the same settings as electron.vite.config.ts, so `npm run test:e2e` works on a fresh clone.
 */
export async function ensureRendererBuilt(): Promise<void> {
  const out = join(ROOT, 'out/renderer/index.html');
  const sources = ['src/renderer', 'src/core', 'src/shared'].map((d) => join(ROOT, d)).filter(existsSync);
  const stale = !existsSync(out) || Math.max(...sources.map(newestMtime)) > statSync(out).mtimeMs;
  if (!stale) return;
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'error',
    root: join(ROOT, 'src/renderer'),
    base: './',
    build: {
      outDir: join(ROOT, 'out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      rollupOptions: { input: { index: join(ROOT, 'src/renderer/index.html') } },
    },
  });
}
