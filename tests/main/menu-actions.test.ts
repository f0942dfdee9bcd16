import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../src/shared/api/bridge';
import type { ApiResponse } from '../../src/shared/api';

const dialog = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
}));
vi.mock('electron', () => ({ dialog }));

const { createMenuActions } = await import('../../src/main/menu-actions');

const dir = mkdtempSync(join(tmpdir(), 'barabar-menu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(responses: Record<string, (input: unknown) => ApiResponse<unknown>>) {
  const calls: { method: string; input: unknown }[] = [];
  const events: AppEvent[] = [];
  const dispatch = vi.fn(async (method: string, input: unknown) => {
    calls.push({ method, input });
    return responses[method]?.(input) ?? { ok: false as const, error: { code: 'not_found', params: {} } };
  });
  const actions = createMenuActions({ dispatch, getWindow: () => null, notify: (e) => events.push(e) });
  return { actions, calls, events };
}

const messages = (): { type: string; message: string; detail: string }[] =>
  dialog.showMessageBox.mock.calls.map(
    (c) => (c as unknown[]).at(-1) as { type: string; message: string; detail: string },
  );

beforeEach(() => {
  dialog.showOpenDialog.mockReset();
  dialog.showSaveDialog.mockReset();
  dialog.showMessageBox.mockClear();
});

describe('menu actions', () => {
  it('Open Reports imports every chosen file as base64, reports failures by file, and notifies once', async () => {
    const good = join(dir, 'a.txt');
    writeFileSync(good, 'سلام');
    const missing = join(dir, 'gone.txt');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [good, missing] });
    const { actions, calls, events } = setup({
      'documents.import': () => ({ ok: true, result: { document: { id: 1 }, status: 'imported' } }),
    });
    actions.openReports();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    expect(calls).toEqual([
      {
        method: 'documents.import',
        input: { fileName: 'a.txt', contentBase64: Buffer.from('سلام').toString('base64') },
      },
    ]);
    expect(events).toEqual([{ type: 'documents-changed' }]);
    expect(messages()[0]).toMatchObject({ type: 'error', message: '1 of 2 file(s) not imported' });
    expect(messages()[0]?.detail).toContain(`${missing}: no such file`);
  });

  it('does nothing when the dialog is cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const { actions, calls, events } = setup({});
    actions.importGlossary();
    await vi.waitFor(() => expect(dialog.showOpenDialog).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]);
    expect(events).toEqual([]);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('Import Glossary shows the service error, translated to English, and sends no event', async () => {
    const file = join(dir, 'g.tbx');
    writeFileSync(file, '<tbx>');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const { actions, events } = setup({
      'glossary.import': () => ({
        ok: false,
        error: { code: 'parse', params: { file: 'g.tbx', line: 1, reason: 'unclosed <tbx>' } },
      }),
    });
    actions.importGlossary();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    expect(messages()[0]).toMatchObject({
      type: 'error',
      message: 'Import Glossary failed',
      detail: 'Cannot read g.tbx, line 1: unclosed <tbx>',
    });
    expect(events).toEqual([]);
  });

  it('Export Translations exports all documents in the chosen format to the chosen file', async () => {
    const target = join(dir, 'out.tmx');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const { actions, calls } = setup({
      'documents.list': () => ({ ok: true, result: [{ id: 3 }, { id: 5 }] }),
      'exchange.export': () => ({
        ok: true,
        result: { fileName: 'barabar.tmx', mime: 'application/x-tmx+xml', content: '<tmx/>' },
      }),
    });
    actions.exportTranslations('tmx');
    await vi.waitFor(() => expect(readdirSync(dir)).toContain('out.tmx'));
    expect(readFileSync(target, 'utf8')).toBe('<tmx/>');
    expect(calls[1]).toEqual({ method: 'exchange.export', input: { documentIds: [3, 5], format: 'tmx' } });
    expect(dialog.showSaveDialog.mock.calls[0]?.at(-1)).toMatchObject({ defaultPath: 'barabar.tmx' });
  });

  it('passes menu views straight to the renderer', () => {
    const { actions, events } = setup({});
    actions.openView('qa');
    actions.openView('toggle-ui-language');
    expect(events).toEqual([
      { type: 'open-view', view: 'qa' },
      { type: 'open-view', view: 'toggle-ui-language' },
    ]);
  });
});
