import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

// Main and preload are emitted as CommonJS: a sandboxed preload must be CommonJS, and main loads the
// better-sqlite3 native module through require().
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        // services: the utility process that owns the database (src/main/service-process.ts).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          services: resolve(__dirname, 'src/main/services-process.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; browser mode serves it over HTTP, so minify it.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
