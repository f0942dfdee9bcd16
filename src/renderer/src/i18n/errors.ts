import { isApiCallError } from '../api/api-call-error';
import { formatError } from '../../../shared/i18n/format-error';
import { currentLanguage, isolate } from './i18n';

/**
 * Every error shown to a user goes through the shared error texts (src/shared/i18n), the same the CLI
 * prints, with each value bidi-isolated so a Persian file name keeps its place in an English sentence.
 */
export function errorMessage(err: unknown): string {
  const lang = currentLanguage();
  if (isApiCallError(err)) return formatError(err.code, err.params, lang, isolate);
  return formatError(
    'internal',
    { message: err instanceof Error ? err.message : String(err) },
    lang,
    isolate,
  );
}
