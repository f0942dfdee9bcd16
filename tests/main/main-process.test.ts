/**
 * The Electron entry (src/main/index.ts) run end to end with a recording stand-in for the electron
 * module (the Electron binary cannot run here) and the REAL services: createApi opens a temporary
 * database through better-sqlite3's nativeBinding option, pointed at the Node build in place of the
 * Electron build, exactly as main does with native/electron/better_sqlite3.node.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  API_CALL_CHANNEL,
  APP_EVENT_CHANNEL,
  JOB_CANCEL_CHANNEL,
  JOB_PROGRESS_CHANNEL,
} from '../../src/shared/api/bridge';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

type Fn = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    appPath: '',
    userData: '',
    appEvents: new Map<string, Fn[]>(),
    ipc: new Map<string, Fn>(),
    ipcOn: new Map<string, Fn>(),
    windows: [] as {
      options: Record<string, unknown>;
      loaded: string[];
      sent: unknown[][];
      webContents: Record<string, unknown>;
    }[],
    protocolHandler: undefined as undefined | ((req: Request) => Promise<Response>),
    privileged: [] as unknown[],
    menu: undefined as undefined | { label?: string; submenu?: unknown; click?: () => void }[],
    fatal: [] as unknown[],
    exitCode: undefined as number | undefined,
    sandboxEnabled: false,
    readyBeforePrivileges: false,
    ready: false,
  };
  return state;
});

vi.mock('electron', async () => {
  // utilityProcess.fork stands in with a worker thread running the same service host.
  const { spawnHostWorker } = await import('../../src/server/host/worker-host');
  const utilityProcess = {
    fork: (_modulePath: string, args: string[]) => {
      const worker = spawnHostWorker({ api: JSON.parse(args.at(-1) ?? '{}') as never });
      return {
        postMessage: (m: unknown) => worker.postMessage(m),
        on: (event: string, fn: Fn) => worker.on(event, fn),
        off: (event: string, fn: Fn) => worker.off(event, fn),
        once: (event: string, fn: Fn) => worker.once(event, fn),
        kill: () => void worker.terminate(),
      };
    },
  };
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const record = {
        options,
        loaded: [] as string[],
        sent: [] as unknown[][],
        webContents: {} as Record<string, unknown>,
      };
      this.webContents = record.webContents;
      Object.assign(this.webContents, {
        mainFrame: { url: 'app://barabar/index.html', processId: 3, routingId: 1, parent: null },
        send: (...args: unknown[]) => record.sent.push(args),
        id: 1,
        once: () => undefined,
        isDestroyed: () => false,
      });
      fake.windows.push(record);
      Object.assign(this, { loadURL: async (u: string) => record.loaded.push(u) });
    }
    once(): void {}
    on(): void {}
    maximize(): void {}
    isDestroyed(): boolean {
      return false;
    }
  }
  const on = (name: string, fn: Fn) => fake.appEvents.set(name, [...(fake.appEvents.get(name) ?? []), fn]);
  return {
    BrowserWindow,
    utilityProcess,
    app: {
      isPackaged: false,
      on,
      setPath: (name: string, value: string) => {
        if (name === 'userData') fake.userData = value;
      },
      getPath: () => fake.userData,
      getAppPath: () => fake.appPath,
      enableSandbox: () => (fake.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve().then(() => (fake.ready = true)),
      quit: vi.fn(),
      exit: (code: number) => (fake.exitCode = code),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        fake.readyBeforePrivileges = fake.ready;
        fake.privileged.push(...schemes);
      },
      handle: (_scheme: string, fn: (req: Request) => Promise<Response>) => (fake.protocolHandler = fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
        webRequest: { onBeforeRequest: () => {}, onHeadersReceived: () => {} },
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    ipcMain: {
      handle: (channel: string, fn: Fn) => fake.ipc.set(channel, fn),
      on: (channel: string, fn: Fn) => fake.ipcOn.set(channel, fn),
      removeListener: (channel: string) => fake.ipcOn.delete(channel),
    },
    Menu: {
      buildFromTemplate: (t: typeof fake.menu) => t,
      setApplicationMenu: (m: typeof fake.menu) => (fake.menu = m),
    },
    dialog: { showMessageBoxSync: (options: unknown) => fake.fatal.push(options) },
  };
});

const repo = resolve(__dirname, '../..');
let root: string;
const savedArgv = process.argv;

/** An app folder like the real one: sources and corpus linked, a built renderer, optionally the binding. */
function makeAppDir(name: string, withBinding: boolean): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'out', 'renderer', 'index.html'), '<!doctype html><title>Barabar</title>');
  writeFileSync(join(dir, 'package.json'), '{}');
  for (const sub of ['src', 'corpus', 'glossary'])
    if (existsSync(join(repo, sub))) symlinkSync(join(repo, sub), join(dir, sub));
  if (withBinding) {
    mkdirSync(join(dir, 'native', 'electron'), { recursive: true });
    symlinkSync(
      join(repo, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
      join(dir, 'native', 'electron', 'better_sqlite3.node'),
    );
  }
  return dir;
}

async function startMain(appDir: string): Promise<void> {
  vi.resetModules();
  Object.assign(fake, {
    appPath: appDir,
    windows: [],
    fatal: [],
    exitCode: undefined,
    ready: false,
    menu: undefined,
  });
  fake.ipc.clear();
  fake.ipcOn.clear();
  fake.appEvents.clear();
  process.argv = ['electron', '.', '--db', join(root, `${Date.now()}-${Math.random()}.sqlite`)];
  await import('../../src/main/index');
  await vi.waitFor(() => expect(fake.ready).toBe(true));
  // Starting the service hosts takes a moment: done once a window is open or a fatal error is shown.
  await vi.waitFor(() => expect(fake.windows.length + fake.fatal.length).toBeGreaterThan(0), {
    timeout: 60_000,
    interval: 20,
  });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'barabar-main-'));
  delete process.env.ELECTRON_RENDERER_URL;
});
afterAll(() => {
  process.argv = savedArgv;
  for (const fn of fake.appEvents.get('will-quit') ?? []) fn();
  rmSync(root, { recursive: true, force: true });
});

describe('main process without the Electron build of better-sqlite3', () => {
  beforeEach(() => startMain(makeAppDir(`no-binding-${Date.now()}`, false)), 120_000);

  it('explains how to build it and exits, opening no window', () => {
    expect(fake.exitCode).toBe(1);
    expect(fake.windows).toEqual([]);
    expect(fake.fatal).toHaveLength(1);
    expect(JSON.stringify(fake.fatal[0])).toContain('npm run rebuild:electron');
    expect(JSON.stringify(fake.fatal[0])).toContain('better_sqlite3.node');
  });
});

describe('main process with a working binding', () => {
  // Two service hosts start before the window opens: slow on a busy machine.
  beforeAll(() => startMain(makeAppDir('app', true)), 120_000);

  it('sandboxes every renderer and registers app:// as privileged before ready', () => {
    expect(fake.exitCode).toBeUndefined();
    expect(fake.sandboxEnabled).toBe(true);
    expect(fake.readyBeforePrivileges).toBe(false);
    expect(fake.privileged).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
  });

  it('opens one hardened window on app://barabar/ with the preload', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(fake.windows[0]?.loaded).toEqual(['app://barabar/index.html']);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const handler = fake.protocolHandler;
    expect(handler).toBeDefined();
    const page = await handler!(new Request('app://barabar/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Barabar</title>');
    for (const url of [
      'app://barabar/%2e%2e/%2e%2e/package.json',
      'app://other/index.html',
      'app://barabar/src/main/index.ts',
    ]) {
      expect((await handler!(new Request(url))).status, url).toBe(404);
    }
  });

  it('answers IPC from our main frame with real data, and refuses a subframe', async () => {
    expect([...fake.ipc.keys()]).toEqual([API_CALL_CHANNEL]);
    const call = fake.ipc.get(API_CALL_CHANNEL)!;
    const webContents = fake.windows[0]?.webContents as { mainFrame: Record<string, unknown> };
    const trusted = { sender: webContents, senderFrame: webContents.mainFrame };
    const list = (await call(trusted, { method: 'documents.list', input: {} })) as {
      ok: boolean;
      result: { name: string }[];
    };
    expect(list.ok).toBe(true);
    // Seeded from the corpus folder on first open.
    expect(list.result.map((d) => d.name).sort()).toEqual([
      '000_f97710a0ea2d7f8d.txt',
      '001_9b9d56cbd92bbcd7.txt',
      '002_8002fddc3a075398.txt',
      '003_13e0dc0d1b2b0156.txt',
    ]);
    const invalid = await call(trusted, { method: 'documents.get', input: { id: 'x' } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation' } });

    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const iframe = {
      sender: webContents,
      senderFrame: { ...webContents.mainFrame, routingId: 9, parent: webContents.mainFrame },
    };
    expect(await call(iframe, { method: 'documents.list', input: {} })).toEqual({
      ok: false,
      error: { code: 'forbidden', params: { reason: 'sender' } },
    });
    const otherContents = { sender: {}, senderFrame: webContents.mainFrame };
    expect(await call(otherContents, { method: 'documents.list', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    stderr.mockRestore();
  });

  it('sends a job its progress on the page and cancels it in the services process on request', async () => {
    expect([...fake.ipcOn.keys()]).toEqual([JOB_CANCEL_CHANNEL]);
    const call = fake.ipc.get(API_CALL_CHANNEL)!;
    const cancel = fake.ipcOn.get(JOB_CANCEL_CHANNEL)!;
    const record = fake.windows[0]!;
    const webContents = record.webContents as { mainFrame: Record<string, unknown> };
    const trusted = { sender: webContents, senderFrame: webContents.mainFrame };
    const before = (await call(trusted, { method: 'glossary.list', input: { limit: 1 } })) as {
      result: { total: number };
    };
    const tsv = Array.from({ length: 30_000 }, (_, i) => `واژهٔ ${i}\tword ${i}`).join('\n');
    const job = call(trusted, {
      method: 'glossary.import',
      input: { fileName: 'big.tsv', contentBase64: Buffer.from(tsv).toString('base64') },
      job: 5,
    }) as Promise<unknown>;
    const progressSent = () => record.sent.filter((m) => m[0] === JOB_PROGRESS_CHANNEL);
    await vi.waitFor(() => expect(progressSent().length).toBeGreaterThan(0), {
      timeout: 60_000,
      interval: 20,
    });
    expect(progressSent()[0]?.[1]).toMatchObject({ job: 5, progress: { phase: 'read' } });
    // A cancel from a frame that is not ours is ignored; ours cancels.
    cancel({ sender: {}, senderFrame: webContents.mainFrame }, 5);
    cancel(trusted, 5);
    expect(await job).toEqual({ ok: false, error: { code: 'cancelled', params: {} } });
    const after = (await call(trusted, { method: 'glossary.list', input: { limit: 1 } })) as {
      result: { total: number };
    };
    expect(after.result.total).toBe(before.result.total);
    // The window's sent messages are the menu test's to inspect.
    record.sent.length = 0;
  });

  it('installs the menu and forwards its view commands to the window', () => {
    const view = fake.menu?.find((m) => m.label === '&View')?.submenu as {
      label?: string;
      click?: () => void;
    }[];
    view.find((i) => i.label === 'Glossary')?.click?.();
    expect(fake.windows[0]?.sent).toEqual([[APP_EVENT_CHANNEL, { type: 'open-view', view: 'glossary' }]]);
  });
});
