import i18next from 'i18next';
import { RESOURCES } from './resources';
import { isolate } from './bidi';

export { isolate };

export type UiLanguage = 'en' | 'fa';

const instance = i18next.createInstance();

export async function initI18n(lng: UiLanguage): Promise<void> {
  await instance.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: RESOURCES.en }, fa: { translation: RESOURCES.fa } },
    // Text goes into the DOM through textContent, never innerHTML: i18next must not escape it twice.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(lng);
}

export function t(key: string, params?: Record<string, unknown>): string {
  return instance.t(key, params ?? {});
}

export function currentLanguage(): UiLanguage {
  return instance.language === 'fa' ? 'fa' : 'en';
}

export async function changeLanguage(lng: UiLanguage): Promise<void> {
  await instance.changeLanguage(lng);
  applyDocumentLanguage(lng);
}

/** Persian mirrors the whole layout: dir and lang on <html> drive every logical CSS property. */
function applyDocumentLanguage(lng: UiLanguage): void {
  if (typeof document === 'undefined') return; // unit tests run without a DOM
  const html = document.documentElement;
  html.lang = lng;
  html.dir = lng === 'fa' ? 'rtl' : 'ltr';
}

/**
 * Isolate every string parameter of a message that holds words (names, terms, notes). Plain numbers
 * ("1,026", "۱۲") take their place in the sentence by the bidi rules and are left as they are.
 */
export function isolateParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === 'string' && /\p{L}/u.test(v) ? isolate(v) : v;
  return out;
}

/** Locale-aware numbers (Persian digits in the Persian UI). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(currentLanguage() === 'fa' ? 'fa-IR' : 'en-US').format(n);
}

/**
 * A number with its noun, pluralised by the language's rules ("1 segment", "3 segments"): the key has
 * `_one`/`_other` forms that read `{{n}}` (the number in the UI's digits). Messages holding two counts
 * take two such phrases, because one message can only be pluralised on one of them.
 */
export function counted(key: string, n: number): string {
  return t(key, { count: n, n: formatNumber(n) });
}
