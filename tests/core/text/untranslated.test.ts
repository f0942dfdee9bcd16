import { describe, expect, it } from 'vitest';
import { isUntranslated, untranslatedReason } from '../../../src/core/text/untranslated';

describe('untranslatedReason (issue 13.2)', () => {
  it('calls a copy of the source untranslated, whatever the spelling variants', () => {
    // OmegaT fills untranslated targets with the source; another tool may fold ي/ی, ZWNJ or spaces.
    expect(untranslatedReason('رئیس‌جمهور گفت.', 'رئیس‌جمهور گفت.')).toBe('copies_source');
    expect(untranslatedReason('رئیس‌جمهور گفت.', ' رئيس جمهور گفت. ')).toBe('copies_source');
    expect(untranslatedReason('بین‌المللی', 'بینالمللی')).toBe('copies_source');
  });

  it('calls a target written in Arabic script untranslated', () => {
    expect(untranslatedReason('دیدار کرد.', 'دیدار کرد و رفت.')).toBe('arabic_script');
    expect(untranslatedReason('سلام', 'سلام دنیا world')).toBe('arabic_script');
    // Presentation forms (U+FB50–U+FEFF) are Arabic script too; Latin with accents or Greek is not.
    expect(untranslatedReason('سلام', '\ufeeb\ufedf\ufe8e\ufee1')).toBe('arabic_script');
    expect(untranslatedReason('سلام', 'Café über naïve ελληνικά')).toBeUndefined();
  });

  it('calls an invisible target empty', () => {
    expect(untranslatedReason('سلام', '')).toBe('empty');
    expect(untranslatedReason('سلام', ' \u200c\u200f ')).toBe('empty');
  });

  it('accepts English, English quoting Persian, and sources that are their own translation', () => {
    expect(untranslatedReason('سلام.', 'Hello.')).toBeUndefined();
    expect(untranslatedReason('خامنه‌ای', 'Khamenei (خامنه‌ای)')).toBeUndefined();
    // Acronyms, numbers and Latin names are correctly "translated" by a copy.
    expect(untranslatedReason('IAEA', 'IAEA')).toBeUndefined();
    expect(untranslatedReason('2024', '2024')).toBeUndefined();
    expect(isUntranslated('سلام.', 'Hello.')).toBe(false);
    expect(isUntranslated('سلام.', 'سلام.')).toBe(true);
  });
});
