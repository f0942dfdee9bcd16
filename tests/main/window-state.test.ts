import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReachable, loadWindowState, parseWindowState, saveWindowState } from '../../src/main/window-state';
import type { Rect } from '../../src/main/window-state';

const screen: Rect[] = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const twoScreens: Rect[] = [...screen, { x: 1920, y: 0, width: 1280, height: 1024 }];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'barabar-ws-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('round-trips size, position and maximised through the file', () => {
    const file = join(dir, 'nested', 'window-state.json');
    saveWindowState(file, { bounds: { x: 2000, y: 40, width: 900, height: 700 }, maximized: true });
    expect(loadWindowState(file, twoScreens)).toEqual({
      bounds: { x: 2000, y: 40, width: 900, height: 700 },
      maximized: true,
    });
  });

  it('writes atomically: no temporary file is left and an old file is replaced whole', () => {
    const file = join(dir, 'window-state.json');
    writeFileSync(file, '{"maximized":false,"bounds":{"x":1,"y":1,"width":500,"height":400}}');
    saveWindowState(file, { maximized: true });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ maximized: true });
  });

  it('falls back to defaults for a missing, corrupt or hand-mangled file', () => {
    expect(loadWindowState(join(dir, 'absent.json'), screen)).toEqual({ maximized: false });
    expect(parseWindowState('{not json', screen)).toEqual({ maximized: false });
    expect(parseWindowState('null', screen)).toEqual({ maximized: false });
    expect(parseWindowState('{"bounds":{"x":"0","y":0,"width":800,"height":600}}', screen)).toEqual({
      maximized: false,
    });
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":1e999,"height":600}}', screen)).toEqual({
      maximized: false,
    });
    expect(parseWindowState('{"maximized":"yes"}', screen)).toEqual({ maximized: false });
  });

  it('drops bounds that are too small or on a monitor that is gone', () => {
    expect(
      parseWindowState('{"bounds":{"x":0,"y":0,"width":10,"height":10}}', screen).bounds,
    ).toBeUndefined();
    const onSecond = '{"bounds":{"x":2100,"y":100,"width":800,"height":600},"maximized":true}';
    expect(parseWindowState(onSecond, twoScreens).bounds).toEqual({
      x: 2100,
      y: 100,
      width: 800,
      height: 600,
    });
    expect(parseWindowState(onSecond, screen)).toEqual({ maximized: true });
  });

  it('requires part of the title bar to be reachable', () => {
    expect(isReachable({ x: -700, y: 10, width: 800, height: 600 }, screen)).toBe(true);
    expect(isReachable({ x: -790, y: 10, width: 800, height: 600 }, screen)).toBe(false);
    expect(isReachable({ x: 100, y: -500, width: 800, height: 600 }, screen)).toBe(false);
    expect(isReachable({ x: 100, y: 1070, width: 800, height: 600 }, screen)).toBe(true);
    expect(isReachable({ x: 100, y: 1080, width: 800, height: 600 }, screen)).toBe(false);
  });
});
