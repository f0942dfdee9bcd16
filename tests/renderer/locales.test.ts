import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REGISTRY } from '../../src/core/qa/registry';
import { API_METHODS } from '../../src/shared/api';
import { ERROR_CODES } from '../../src/shared/errors';
import {
  EXPORT_FORMATS,
  GLOSSARY_FORMATS,
  QA_SEVERITIES,
  SEGMENT_STATUSES,
  SUBJECTS,
  TERM_STATUSES,
} from '../../src/shared/model';
import { RESOURCES } from '../../src/renderer/src/i18n/resources';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const EN = flatten(RESOURCES.en as Tree);
const FA = flatten(RESOURCES.fa as Tree);
const SRC = join(import.meta.dirname, '../../src/renderer/src');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return d.name.endsWith('.ts') ? [{ file: p, text: readFileSync(p, 'utf8') }] : [];
  });
}

const CODE = sources(SRC);
const NAMESPACES = new Set(Object.keys(RESOURCES.en));
const API_NAMES = new Set<string>(API_METHODS);

/** Every dynamic key family the code builds with a template literal, and the values it can take. */
const DYNAMIC: Record<string, readonly string[]> = {
  errors: [...ERROR_CODES, 'network'],
  status: SEGMENT_STATUSES,
  termStatus: TERM_STATUSES,
  subject: SUBJECTS,
  format: EXPORT_FORMATS,
  glossaryFormat: GLOSSARY_FORMATS,
  severity: QA_SEVERITIES,
  save: ['saved', 'pending', 'saving', 'error'],
  // Words the QA checks put in their parameters (leading-trailing-space's "where").
  qaParam: ['leading', 'trailing'],
  // The QA view's check filter names every check.
  qaCheck: REGISTRY.map((r) => r.check.id),
};

describe('locale files', () => {
  test('en.json and fa.json have exactly the same keys', () => {
    expect([...FA.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  test('every Persian string is translated (not left empty or in English)', () => {
    for (const [key, value] of FA) {
      expect(value.trim(), key).not.toBe('');
      // Product names and file-format names are the same in both languages; everything else needs Persian letters.
      if (!key.startsWith('format.') && !key.startsWith('glossaryFormat.') && key !== 'app.switchLanguage') {
        expect(/[\u0600-\u06ff]/.test(value), `${key}: ${value}`).toBe(true);
      }
    }
  });

  test('interpolation placeholders match between the languages', () => {
    const vars = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
    for (const [key, value] of EN) expect(vars(FA.get(key) ?? ''), key).toEqual(vars(value));
  });

  test('every key literal used in the renderer exists', () => {
    const missing: string[] = [];
    for (const { file, text } of CODE) {
      for (const m of text.matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z0-9_-]+)+)'/g)) {
        const key = m[1] ?? '';
        if (!NAMESPACES.has(key.split('.')[0] ?? '') || API_NAMES.has(key)) continue;
        // A plural message exists only as its forms (key_one, key_other); t() picks one from `count`.
        if (!EN.has(key) && !EN.has(`${key}_other`)) missing.push(`${file.slice(SRC.length)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every dynamic key family is known and complete', () => {
    const families = new Set<string>();
    for (const { text } of CODE)
      for (const m of text.matchAll(/`([a-zA-Z]+)\.\$\{/g)) families.add(m[1] ?? '');
    expect([...families].filter((f) => !(f in DYNAMIC))).toEqual([]);
    for (const [family, values] of Object.entries(DYNAMIC)) {
      for (const v of values) expect(EN.has(`${family}.${v}`), `${family}.${v}`).toBe(true);
    }
  });

  test('every plural message has the forms each language needs', () => {
    // CLDR gives English and Persian alike "one" (Persian for 0 and 1) and "other"; a missing Persian
    // "one" would make i18next fall back to the English sentence.
    for (const tree of [EN, FA])
      for (const key of tree.keys()) {
        const base = key.replace(/_(one|other)$/, '');
        if (base === key) continue;
        expect(tree.has(`${base}_one`), `${base}_one`).toBe(true);
        expect(tree.has(`${base}_other`), `${base}_other`).toBe(true);
      }
  });

  test('every QA check message has a translation', () => {
    const messages = new Set<string>();
    for (const { text } of sources(join(import.meta.dirname, '../../src/core/qa/checks'))) {
      for (const m of text.matchAll(/message: '([^']+)'/g)) messages.add(m[1] ?? '');
    }
    expect(messages.size).toBeGreaterThanOrEqual(REGISTRY.length);
    for (const key of messages) expect(EN.has(key), key).toBe(true);
  });
});
