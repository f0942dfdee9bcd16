// Vazirmatn ships with the app (no network fonts). These sheets declare the Arabic, Latin and Latin-ext
// subsets with unicode-range, so the browser fetches only the subsets a page uses.
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/500.css';
import '@fontsource/vazirmatn/700.css';
import { monaco } from './monaco';

export const PERSIAN_FONT = "'Vazirmatn', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif";
export const ENGLISH_FONT = "'Vazirmatn', 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif";

let ready: Promise<void> | null = null;

/**
 * Monaco measures glyph widths once; if it measured a fallback font, wrapping and cursor positions
 * are off until it re-measures. Load the faces first, then ask it to measure again.
 */
export function fontsReady(): Promise<void> {
  ready ??= Promise.all([
    document.fonts.load("17px 'Vazirmatn'", 'سلام'),
    document.fonts.load("15px 'Vazirmatn'", 'Hello'),
    document.fonts.load("500 15px 'Vazirmatn'", 'سلام'),
  ])
    .then(() => monaco.editor.remeasureFonts())
    .catch(() => undefined);
  return ready;
}
