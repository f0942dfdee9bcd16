import { currentLanguage } from '../../i18n/i18n';

/** A score as the UI's language writes a percentage ("98%", «۹۸٪»). */
export function formatPercent(n: number): string {
  return new Intl.NumberFormat(currentLanguage() === 'fa' ? 'fa-IR' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(n / 100);
}
