/**
 * The UI's strings: the renderer's locale files plus the error texts, which live in src/shared/i18n so
 * the CLI prints exactly the sentences the English UI shows.
 *
 * Each feature may keep its strings in its own `<feature>.<lang>.json` beside the main file, so work on
 * separate features never edits the same JSON; the files are deep-merged here, later files adding keys
 * inside the namespaces of earlier ones.
 */
import errorsEn from '../../../shared/i18n/errors.en.json';
import errorsFa from '../../../shared/i18n/errors.fa.json';
import editorToolsEn from './locales/editor-tools.en.json';
import editorToolsFa from './locales/editor-tools.fa.json';
import en from './locales/en.json';
import fa from './locales/fa.json';
import jobsEn from './locales/jobs.en.json';
import jobsFa from './locales/jobs.fa.json';
import qaToolsEn from './locales/qa-tools.en.json';
import qaToolsFa from './locales/qa-tools.fa.json';
import tmEn from './locales/tm.en.json';
import tmFa from './locales/tm.fa.json';

type Tree = { [key: string]: string | Tree };

function deepMerge(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? deepMerge(current, value) : value;
  }
  return out;
}

function merge(...trees: Tree[]): Tree {
  return trees.reduce(deepMerge, {});
}

export const RESOURCES = {
  en: { ...merge(en, tmEn, editorToolsEn, qaToolsEn, jobsEn), errors: errorsEn },
  fa: { ...merge(fa, tmFa, editorToolsFa, qaToolsFa, jobsFa), errors: errorsFa },
} as const;
