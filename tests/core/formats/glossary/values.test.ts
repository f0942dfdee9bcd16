import { describe, expect, it } from 'vitest';
import { decodeKeyId, encodeKeyId } from '../../../../src/core/formats/glossary/tbx-ids';
import { cleanEnglishTerm, cleanPersianTerm, nfc, parseLang, parseStatus, parseSubject, parseTermType, tbxTermType, TBX_STATUS } from '../../../../src/core/formats/glossary/values';
import { TERM_STATUSES, TERM_TYPES } from '../../../../src/shared/model';

describe('statuses', () => {
  it('every status survives its TBX spelling', () => {
    for (const s of TERM_STATUSES) expect(parseStatus(TBX_STATUS[s])).toBe(s);
  });

  it('reads other spellings of the TBX picklists, in any case', () => {
    expect(parseStatus('PreferredTerm')).toBe('preferred');
    expect(parseStatus('  deprecatedterm-admn-sts ')).toBe('deprecated');
    expect(parseStatus('standardizedTerm-admn-sts')).toBe('preferred');
    expect(parseStatus('supersededTerm')).toBe('forbidden');
    expect(parseStatus('Forbidden')).toBe('forbidden');
    expect(parseStatus('prefered')).toBeUndefined();
    expect(parseStatus('')).toBeUndefined();
  });
});

describe('term types and subjects', () => {
  it('every term type survives its TBX spelling', () => {
    for (const t of TERM_TYPES) expect(parseTermType(tbxTermType(t))).toBe(t);
    expect(tbxTermType('phrase')).toBe('phraseologicalUnit');
    expect(parseTermType('initialism')).toBe('acronym');
    expect(parseTermType('symbol')).toBeUndefined();
  });

  it('matches subjects case-insensitively and accepts the US spelling', () => {
    expect(parseSubject(' Military ')).toBe('military');
    expect(parseSubject('Organization')).toBe('organisation');
    expect(parseSubject('law')).toBeUndefined();
  });
});

describe('languages', () => {
  it('keeps Persian and English by primary subtag or ISO 639-2 code, and nothing else', () => {
    expect(['fa', 'fa-IR', 'FA_af', 'per', 'fas'].map(parseLang)).toEqual(['fa', 'fa', 'fa', 'fa', 'fa']);
    expect(['en', 'en-GB', 'eng'].map(parseLang)).toEqual(['en', 'en', 'en']);
    expect(['ar', 'de', 'english', ''].map(parseLang)).toEqual([null, null, null, null]);
  });
});

describe('Persian term text', () => {
  it('folds Arabic yeh, alef maksura and kaf, and keeps ZWNJ and spacing', () => {
    expect(cleanPersianTerm(' نيروهاي مسلح ')).toBe('نیروهای مسلح');
    expect(cleanPersianTerm('مصطفى')).toBe('مصطفی');
    expect(cleanPersianTerm('كشور')).toBe('کشور');
    expect(cleanPersianTerm('بین‌المللی')).toBe('بین‌المللی');
    expect(cleanPersianTerm('بین المللی')).toBe('بین المللی');
  });
});

describe('NFC without ICU', () => {
  // Every char nfc() may pass without asking ICU, and the Arabic marks around them.
  const near: string[] = [];
  for (let c = 0; c < 0x0300; c++) near.push(String.fromCharCode(c));
  for (let c = 0x0600; c <= 0x06ff; c++) near.push(String.fromCharCode(c));
  near.push('\u200c');

  it('gives what normalize gives for each of those chars and every pair of them', () => {
    let wrong = 0;
    for (const a of near) {
      if (nfc(a) !== a.normalize('NFC')) wrong++;
      for (const b of near) if (nfc(a + b) !== (a + b).normalize('NFC')) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('gives what normalize gives on tricky terms', () => {
    const terms = [
      '',
      'Chief of Staff',
      'café', // precomposed
      'cafe\u0301', // decomposed: composes
      'A\u030a', // Å
      'ا\u0653ب', // alef + madda above: آ
      'ي\u0654', // yeh + hamza above
      'ه\u0654', // heh + hamza: ۀ
      'ب\u0651\u064e', // shadda then fatha: reordered
      'بِین‌المللی',
      'سپاه پاسداران انقلاب اسلامی',
      'ﻻ', // presentation form: NFC keeps it
      '۱۴۰۲ ١٢٣ 123',
      'F\u2011 35',
      '\u{1d400}bold',
      '\ud800 lone',
    ];
    for (const t of terms) {
      expect(nfc(t)).toBe(t.normalize('NFC'));
      expect(cleanPersianTerm(` ${t} `)).toBe(cleanPersianTerm(t));
      expect(cleanEnglishTerm(t)).toBe(t.trim().normalize('NFC'));
    }
  });
});

describe('TBX ids carrying keys', () => {
  it('round-trip every key shape and are XML NCNames', () => {
    for (const key of ['rank/sarlashkar', 'a_b/c_2f', 'x__/_5f_', '0', 'org/irgc.v2-b/_']) {
      const id = encodeKeyId(key);
      expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
      expect(decodeKeyId(id)).toBe(key);
    }
  });

  it('do not turn other ids into keys', () => {
    expect(decodeKeyId('c101')).toBeUndefined();
    expect(decodeKeyId('e12')).toBeUndefined();
    expect(decodeKeyId('k-UPPER')).toBeUndefined();
  });
});
