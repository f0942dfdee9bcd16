import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';
import { buildMenuTemplate } from '../../src/main/menu';
import type { MenuActions } from '../../src/main/menu';
import { EXPORT_FORMATS, GLOSSARY_FORMATS } from '../../src/shared/model';

type Spied = { [K in keyof MenuActions]: Mock<MenuActions[K]> };

function actions(): Spied {
  return {
    openReports: vi.fn<MenuActions['openReports']>(),
    importGlossary: vi.fn<MenuActions['importGlossary']>(),
    exportGlossary: vi.fn<MenuActions['exportGlossary']>(),
    exportTranslations: vi.fn<MenuActions['exportTranslations']>(),
    openView: vi.fn<MenuActions['openView']>(),
    about: vi.fn<MenuActions['about']>(),
  };
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const hit = items.find((i) => i.label?.replace('&', '').startsWith(label));
  if (!hit) throw new Error(`no menu item ${label}`);
  return hit;
}
const sub = (item: MenuItemConstructorOptions): MenuItemConstructorOptions[] =>
  item.submenu as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions): void => (item.click as () => void)();

describe('menu template', () => {
  it('has File, Edit, View and Help, with an app menu first on macOS only', () => {
    const labels = (p: NodeJS.Platform) => buildMenuTemplate(actions(), p).map((m) => m.label ?? m.role);
    expect(labels('linux')).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels('darwin')).toEqual(['appMenu', '&File', '&Edit', '&View', '&Help']);
  });

  it('wires File items to their actions, one export item per contract format', () => {
    const a = actions();
    const file = sub(find(buildMenuTemplate(a, 'linux'), 'File'));
    click(find(file, 'Open Reports'));
    click(find(file, 'Import Glossary'));
    expect(a.openReports).toHaveBeenCalledOnce();
    expect(a.importGlossary).toHaveBeenCalledOnce();

    sub(find(file, 'Export Glossary')).forEach(click);
    expect(a.exportGlossary.mock.calls.map((c) => c[0]).sort()).toEqual([...GLOSSARY_FORMATS].sort());
    sub(find(file, 'Export Translations')).forEach(click);
    expect(a.exportTranslations.mock.calls.map((c) => c[0]).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(file.some((i) => i.role === 'quit')).toBe(true);
  });

  it('asks the renderer for views and the language switch, and shows About', () => {
    const a = actions();
    const template = buildMenuTemplate(a, 'win32');
    const view = sub(find(template, 'View'));
    click(find(view, 'Glossary'));
    click(find(view, 'QA'));
    click(find(view, 'Toggle UI Language'));
    expect(a.openView.mock.calls.map((c) => c[0])).toEqual(['glossary', 'qa', 'toggle-ui-language']);
    click(find(sub(find(template, 'Help')), 'About'));
    expect(a.about).toHaveBeenCalledOnce();
    expect(
      sub(find(template, 'Edit'))
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });
});
