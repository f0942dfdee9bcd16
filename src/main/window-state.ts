/**
 * Remembers the main window's size, position and maximised state in userData/window-state.json.
 * Node-only (no electron import), so it is tested for real against temporary files.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent on first run: the window is centred by Electron. */
  bounds?: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
const MIN_SIZE = { width: 480, height: 320 } as const;
/** How much of the title bar must stay on a display for the window to be reachable with the mouse. */
const MIN_VISIBLE = 64;

export function defaultWindowState(): WindowState {
  return { maximized: false };
}

/**
 * Parses the saved file, tolerating anything (missing, corrupt, hand-edited, from a removed
 * monitor): a bad file yields the default rather than an invisible or zero-sized window.
 */
export function parseWindowState(json: string, displays: readonly Rect[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return defaultWindowState();
  }
  if (typeof raw !== 'object' || raw === null) return defaultWindowState();
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  const state: WindowState = { maximized: maximized === true };
  if (
    isRect(bounds) &&
    bounds.width >= MIN_SIZE.width &&
    bounds.height >= MIN_SIZE.height &&
    isReachable(bounds, displays)
  ) {
    state.bounds = {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
    };
  }
  return state;
}

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]));
}

/** True when a strip of the window's top edge lies on some display's work area. */
export function isReachable(bounds: Rect, displays: readonly Rect[]): boolean {
  const titleBar: Rect = {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: Math.min(bounds.height, 32),
  };
  return displays.some((d) => {
    const w = Math.min(titleBar.x + titleBar.width, d.x + d.width) - Math.max(titleBar.x, d.x);
    const h = Math.min(titleBar.y + titleBar.height, d.y + d.height) - Math.max(titleBar.y, d.y);
    return w >= MIN_VISIBLE && h > 0;
  });
}

export function loadWindowState(file: string, displays: readonly Rect[]): WindowState {
  try {
    return parseWindowState(readFileSync(file, 'utf8'), displays);
  } catch {
    return defaultWindowState();
  }
}

/**
 * Write-then-rename: a crash or power cut mid-write leaves the old file, never a truncated one.
 * rename() within one directory is atomic on POSIX and replaces the target on Windows too.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
