import { describe, expect, it } from 'vitest';
import { inconsistentTerm } from '../../../../src/core/qa/checks/inconsistent-term';
import { inconsistentTranslation } from '../../../../src/core/qa/checks/inconsistent-translation';
import { runQa } from '../../../../src/core/qa';
import { DOCS, makeSegment, type Doc } from '../helpers';

const REVISED: Doc = { id: 5, name: '003_revised.txt' };
const BULLETIN: Doc = { id: 6, name: 'bulletin.txt' };

// Corpus 003 writes «رئیسجمهور» and «میشود» joined; a revised copy uses the standard ZWNJ spelling, a third
// document spaces «رئیس جمهور».
const AS_IN_CORPUS = 'رئیسجمهور بلاروس به این نکته اشاره کرد که امنیت وقتی تضمین میشود که اقتصاد قدرت بگیرد.';
const WITH_ZWNJ = 'رئیس‌جمهور بلاروس به این نکته اشاره کرد که امنیت وقتی تضمین می‌شود که اقتصاد قدرت بگیرد.';
const SPACED = 'رئیس جمهور بلاروس به این نکته اشاره کرد که امنیت وقتی تضمین می شود که اقتصاد قدرت بگیرد';
const GOOD = 'The President of Belarus noted that security is guaranteed when the economy grows strong.';

describe('inconsistent-translation', () => {
  it('accepts one translation of one sentence, whatever its Persian spelling and the target punctuation/case', () => {
    const segments = [
      makeSegment(DOCS.lukashenko, 5, AS_IN_CORPUS, GOOD),
      makeSegment(
        REVISED,
        5,
        WITH_ZWNJ,
        'The president of Belarus noted that security is guaranteed when the economy grows strong',
      ),
      makeSegment(
        BULLETIN,
        0,
        SPACED,
        'The President of Belarus noted that  security is guaranteed, when the economy grows strong.',
      ),
    ];
    expect(inconsistentTranslation.run(segments)).toEqual([]);
  });

  it('reports a differing translation of the same sentence, pointing at the reference one', () => {
    const segments = [
      makeSegment(DOCS.lukashenko, 5, AS_IN_CORPUS, GOOD),
      makeSegment(
        REVISED,
        5,
        WITH_ZWNJ,
        "Belarus's President pointed out that security is ensured when the economy is strong.",
      ),
    ];
    const found = inconsistentTranslation.run(segments);
    expect(
      found.map((f) => [
        f.documentId,
        f.segment,
        f.text,
        f.params.other,
        f.params.otherDocument,
        f.params.otherSegment,
      ]),
    ).toEqual([
      [
        5,
        5,
        "Belarus's President pointed out that security is ensured when the economy is strong.",
        GOOD,
        DOCS.lukashenko.name,
        5,
      ],
    ]);
    expect(found[0]?.severity).toBe('warning');
  });

  it('takes the majority translation as the reference, even when it comes later', () => {
    const segments = [
      makeSegment(
        DOCS.lukashenko,
        5,
        AS_IN_CORPUS,
        'Belarus’s President said security needs a strong economy.',
      ),
      makeSegment(REVISED, 5, WITH_ZWNJ, GOOD),
      makeSegment(BULLETIN, 0, SPACED, GOOD),
    ];
    expect(inconsistentTranslation.run(segments).map((f) => [f.documentId, f.params.otherDocument])).toEqual([
      [DOCS.lukashenko.id, REVISED.name],
    ]);
  });

  it('does not compare different sentences, nor segments left untranslated', () => {
    const segments = [
      makeSegment(DOCS.lukashenko, 5, AS_IN_CORPUS, GOOD),
      makeSegment(
        DOCS.lukashenko,
        6,
        'وی تأکید کرد: بلاروس همیشه شریک مطمئن ایران بوده است و قصد داریم این مسیر را ادامه دهیم.',
        GOOD,
      ),
      makeSegment(REVISED, 5, WITH_ZWNJ, '', 'new'),
    ];
    expect(runQa(segments, { checks: ['inconsistent-translation'] })).toEqual([]);
  });
});

describe('inconsistent-term', () => {
  const CORPUS_SENTENCES = {
    // 000: «وزیر دفاع جمهوری اسلامی ایران ادامه داد ...» (shortened to the term-bearing part)
    iranMinister:
      'وزیر دفاع جمهوری اسلامی ایران ادامه داد: تعاملات و همکاریهای دو کشور ایران و بلاروس رو به پیشرفت است.',
    belarusMinister:
      'وزیر دفاع جمهوری بلاروس نیز در این دیدار گفت: روابط دیپلماتیک ایران و بلاروس قدمتی بیش از ۳۰ سال دارد.',
    russianMinister:
      'وزیر دفاع روسیه تداوم همکاری های چهارجانبه ایران، روسیه، ترکیه و سوریه را مورد تاکید قرار داد.',
  };

  it('reports the segment that renders an entry with another English term than the others', () => {
    const segments = [
      makeSegment(
        DOCS.belarusDefence,
        1,
        CORPUS_SENTENCES.iranMinister,
        'The Defence Minister of the Islamic Republic of Iran continued: cooperation between Iran and Belarus is progressing.',
      ),
      makeSegment(
        DOCS.belarusDefence,
        6,
        CORPUS_SENTENCES.belarusMinister,
        'The Defence Minister of Belarus also said: diplomatic relations between Iran and Belarus go back more than 30 years.',
      ),
      makeSegment(
        DOCS.shoigu,
        12,
        CORPUS_SENTENCES.russianMinister,
        'The Russian Minister of Defence stressed continued four-way cooperation between Iran, Russia, Turkey and Syria.',
      ),
    ];
    const found = inconsistentTerm.run(segments);
    expect(
      found.map((f) => [
        f.documentId,
        f.segment,
        f.text,
        f.params.expected,
        f.params.count,
        f.params.otherDocument,
        f.params.otherSegment,
      ]),
    ).toEqual([
      [DOCS.shoigu.id, 12, 'Minister of Defence', 'Defence Minister', 2, DOCS.belarusDefence.name, 1],
    ]);
    const f = found[0];
    expect(segments[2]?.target.slice(f?.range?.start, f?.range?.end)).toBe('Minister of Defence');
  });

  it('on a tie, keeps the preferred term as the reference', () => {
    const segments = [
      makeSegment(
        DOCS.belarusDefence,
        1,
        CORPUS_SENTENCES.iranMinister,
        'The Minister of Defence of the Islamic Republic of Iran continued: cooperation between Iran and Belarus is progressing.',
      ),
      makeSegment(
        DOCS.shoigu,
        12,
        CORPUS_SENTENCES.russianMinister,
        'The Russian Defence Minister stressed continued four-way cooperation between Iran, Russia, Turkey and Syria.',
      ),
    ];
    expect(inconsistentTerm.run(segments).map((f) => [f.segment, f.text, f.params.expected])).toEqual([
      [1, 'Minister of Defence', 'Defence Minister'],
    ]);
  });

  it('does not report a segment that uses the reference term next to another one', () => {
    const segments = [
      makeSegment(
        DOCS.belarusDefence,
        1,
        CORPUS_SENTENCES.iranMinister,
        'The Defence Minister of the Islamic Republic of Iran continued: cooperation between Iran and Belarus is progressing.',
      ),
      makeSegment(
        DOCS.belarusDefence,
        6,
        CORPUS_SENTENCES.belarusMinister,
        'The Defence Minister of Belarus, Minister of Defence since 2020, said relations between Iran and Belarus go back more than 30 years.',
      ),
    ];
    expect(inconsistentTerm.run(segments)).toEqual([]);
  });

  it('counts a derived adjective as the same rendering ("Iranian" with "Iran", "Belarusian" with "Belarus")', () => {
    const segments = [
      makeSegment(
        DOCS.belarusDefence,
        1,
        CORPUS_SENTENCES.iranMinister,
        'The Defence Minister of the Islamic Republic of Iran continued: cooperation between Iran and Belarus is progressing.',
      ),
      makeSegment(
        DOCS.belarusDefence,
        6,
        CORPUS_SENTENCES.belarusMinister,
        'The Belarusian Defence Minister also said: Iranian-Belarusian diplomatic relations go back more than 30 years.',
      ),
    ];
    expect(inconsistentTerm.run(segments)).toEqual([]);
  });

  it('leaves a segment where none of the entry’s English terms appears to term-missing (one finding per problem)', () => {
    const segments = [
      makeSegment(
        DOCS.belarusDefence,
        1,
        CORPUS_SENTENCES.iranMinister,
        'The Defence Minister of the Islamic Republic of Iran continued: cooperation between Iran and Belarus is progressing.',
      ),
      makeSegment(
        DOCS.belarusDefence,
        6,
        CORPUS_SENTENCES.belarusMinister,
        'The minister of Belarus also said: diplomatic relations between Iran and Belarus go back more than 30 years.',
      ),
    ];
    expect(inconsistentTerm.run(segments)).toEqual([]);
  });

  it('needs two uses of an entry to speak of inconsistency', () => {
    const segments = [
      makeSegment(
        DOCS.shoigu,
        12,
        CORPUS_SENTENCES.russianMinister,
        'The Russian Minister of Defence stressed four-way cooperation between Iran, Russia, Turkey and Syria.',
      ),
    ];
    expect(inconsistentTerm.run(segments)).toEqual([]);
  });
});
