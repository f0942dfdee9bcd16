/** Counted messages read correctly for one and for many, in both languages (review finding "1 conflicts"). */
import { afterAll, describe, expect, test } from 'vitest';
import { changeLanguage, counted, initI18n, t } from '../../../src/renderer/src/i18n/i18n';

describe('plural messages', () => {
  afterAll(() => changeLanguage('en'));

  test('English picks the singular for one and the plural otherwise', async () => {
    await initI18n('en');
    expect(t('exchange.preview.conflicts', { count: 1 })).toBe('1 conflict');
    expect(t('exchange.preview.conflicts', { count: 2 })).toBe('2 conflicts');
    expect(t('exchange.preview.rejected', { count: 0 })).toBe('0 rejected rows');
    expect(t('exchange.preview.tmx', { count: 1 })).toBe('Will add 1 translation unit.');
    expect(t('exchange.preview.xliff', { count: 1, unchanged: 0, mismatched: 0 })).toMatch(
      /^Will apply 1 segment;/,
    );
    expect(t('exchange.leftOut', { segments: '4', count: 1 })).toBe('Left out (not confirmed): segment 4.');
    expect(t('editorTools.comments.glyph', { n: 1, count: 1 })).toBe('1 open comment');
    const summary = t('exchange.preview.glossary', {
      added: 1,
      updated: 0,
      unchanged: 0,
      conflicts: t('exchange.preview.conflicts', { count: 1 }),
      rejected: t('exchange.preview.rejected', { count: 0 }),
    });
    expect(summary).toContain('1 conflict,');
  });

  test('a message with two counts pluralises each of them', async () => {
    await initI18n('en');
    const replaced = (times: number, segments: number): string =>
      t('editorTools.find.replaced', {
        times: counted('editorTools.find.times', times),
        segments: counted('editorTools.find.segmentCount', segments),
      });
    expect(replaced(1, 1)).toBe('Replaced 1 time in 1 segment.');
    expect(replaced(3, 2)).toBe('Replaced 3 times in 2 segments.');
    expect(
      t('qaView.summary', {
        issues: counted('qaView.issueCount', 1),
        errors: counted('qaView.errorCount', 0),
      }),
    ).toBe('1 issue, 0 errors');
    expect(t('tm.mem.imported', { name: 'news', n: '1,200', count: 1200 })).toBe(
      'Memory news imported: 1,200 units',
    );
    expect(t('tm.mem.imported', { name: 'news', n: '1', count: 1 })).toBe('Memory news imported: 1 unit');
    await initI18n('fa');
    expect(counted('editorTools.find.segmentCount', 1)).toBe('۱ بخش');
    expect(
      t('editorTools.find.undoneSkipped', {
        restored: counted('editorTools.find.segmentCount', 12),
        skipped: counted('editorTools.find.segmentCount', 1),
      }),
    ).toBe('جایگزینی در ۱۲ بخش واگردانده شد؛ ۱ بخش که از آن پس ویرایش شده بود دست‌نخورده ماند.');
  });

  test('Persian stays Persian for a count of one (no fall back to the English sentence)', async () => {
    await initI18n('fa');
    for (const count of [0, 1, 5]) {
      expect(t('exchange.preview.conflicts', { count })).toBe(`${count} ناسازگاری`);
      expect(t('exchange.preview.tmx', { count })).toMatch(/[\u0600-\u06ff]/);
      expect(t('editorTools.filter.all', { total: count, count })).toBe(`${count} بخش`);
    }
  });
});
