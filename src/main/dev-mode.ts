/**
 * Development mode is `electron-vite dev` and nothing else. It sets NODE_ENV_ELECTRON_VITE=development
 * in its own process and Electron inherits it (electron-vite 6, dist/chunks: createServer); `npm start`,
 * `electron-vite preview` and a packaged app never do. Only then may ELECTRON_RENDERER_URL choose the
 * page (it also becomes the trusted IPC origin and the CSP exception), and only then is there DevTools.
 */
export interface DevModeInput {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export function isDevelopment({ isPackaged, env }: DevModeInput): boolean {
  return !isPackaged && env.NODE_ENV_ELECTRON_VITE === 'development';
}

/**
 * The dev server's URL, or null. Even in development it must be plain http on the loopback interface
 * (where electron-vite's server listens): a variable pointing at any other origin is ignored.
 */
export function devRendererUrl(input: DevModeInput): string | null {
  if (!isDevelopment(input)) return null;
  const raw = input.env.ELECTRON_RENDERER_URL;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'http:' && loopback && url.username === '' && url.password === '' ? raw : null;
}
