/**
 * The text of an error, in English or Persian, from its code and parameters. The UI (through
 * src/renderer/src/i18n/errors.ts) and the CLI both call this, so a user reads the same sentence
 * whichever door refused the input. Templates live in errors.<lang>.json; `{{name}}` is a parameter.
 */
import en from './errors.en.json';
import fa from './errors.fa.json';

export type ErrorLanguage = 'en' | 'fa';
export const ERROR_TEXTS: Readonly<Record<ErrorLanguage, Readonly<Record<string, string>>>> = { en, fa };

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/**
 * Formats `errors.<code>`; an unknown code reads as the internal error. `wrap` lets the UI put each
 * value in bidi isolates (a Persian file name inside an English sentence); the CLI prints them plain.
 */
export function formatError(
  code: string,
  params: Readonly<Record<string, unknown>>,
  lang: ErrorLanguage = 'en',
  wrap: (value: string) => string = (v) => v,
): string {
  const texts = ERROR_TEXTS[lang];
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') values[k] = wrap(String(v));
  // Optional pieces (", line 3", " as windows-1256") are templates of their own, so each language words
  // them and a missing parameter leaves no dangling "line".
  const part = (key: string, needs: string): string =>
    values[needs] !== undefined ? fill(texts[key] ?? '', values) : '';
  const derived = {
    where: `${values.file ?? ''}${part('part_line', 'line')}${part('part_element', 'element')}`,
    asEncoding: part('part_encoding', 'encoding'),
    inFile: part('part_in_file', 'file'),
    notUtf8Why: part('part_not_utf8', 'notUtf8'),
  };
  const template = texts[code] ?? texts.internal ?? '{{message}}';
  return fill(template, { ...values, ...derived });
}
