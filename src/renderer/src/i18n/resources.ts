/**
 * The UI's strings: the renderer's locale files plus the error texts, which live in src/shared/i18n so
 * the CLI prints exactly the sentences the English UI shows.
 */
import errorsEn from '../../../shared/i18n/errors.en.json';
import errorsFa from '../../../shared/i18n/errors.fa.json';
import en from './locales/en.json';
import fa from './locales/fa.json';

export const RESOURCES = {
  en: { ...en, errors: errorsEn },
  fa: { ...fa, errors: errorsFa },
} as const;
