import { describe, expect, test } from 'vitest';
import { ApiCallError } from '../../../src/renderer/src/api/api-call-error';
import { errorMessage } from '../../../src/renderer/src/i18n/errors';
import { changeLanguage, initI18n } from '../../../src/renderer/src/i18n/i18n';

const strip = (s: string): string => s.replace(/[\u2068\u2069]/g, '');

describe('error messages', () => {
  test('an API error is shown through errors.<code> with its parameters, in the UI language', async () => {
    await initI18n('en');
    const err = new ApiCallError('file_too_large', { file: 'report.txt', limit: '30 MB' });
    expect(strip(errorMessage(err))).toBe('report.txt is larger than the 30 MB limit.');
    await changeLanguage('fa');
    const fa = strip(errorMessage(err));
    expect(fa).toContain('report.txt');
    expect(fa).toMatch(/[\u0600-\u06ff]/);
    await changeLanguage('en');
  });

  test('interpolated values are bidi-isolated so a Persian name keeps its place in an English sentence', async () => {
    await initI18n('en');
    const msg = errorMessage(new ApiCallError('file_empty', { file: 'گزارش.txt' }));
    expect(msg).toContain('\u2068گزارش.txt\u2069');
  });

  test('an unknown code falls back to the internal error, anything else to its message', async () => {
    await initI18n('en');
    expect(strip(errorMessage(new ApiCallError('no_such_code', { message: 'boom' })))).toContain('boom');
    expect(strip(errorMessage(new Error('plain failure')))).toContain('plain failure');
  });
});
