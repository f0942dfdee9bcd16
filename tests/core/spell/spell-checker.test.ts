import { readFileSync } from 'node:fs';
import enGb from 'dictionary-en-gb';
import enUs from 'dictionary-en';
import { describe, expect, it } from 'vitest';
import { parseTermbaseFile } from '../../../src/core/glossary/termbase-file';
import { englishWords } from '../../../src/core/spell/english-words';
import { createSpellChecker, type HunspellText } from '../../../src/core/spell/spell-checker';

const text = (d: { aff: Uint8Array; dic: Uint8Array }): HunspellText => ({
  aff: new TextDecoder().decode(d.aff),
  dic: new TextDecoder().decode(d.dic),
});

const termbasePath = new URL('../../../glossary/barabar.termbase', import.meta.url);
const termbase = parseTermbaseFile(readFileSync(termbasePath, 'utf8'), 'barabar.termbase');
const glossaryEnglish = termbase.flatMap((e) =>
  e.entry.terms.filter((t) => t.lang === 'en').map((t) => t.text),
);

const us = createSpellChecker(text(enUs), glossaryEnglish);
const gb = createSpellChecker(text(enGb), glossaryEnglish);

const COMMON_MISSPELLINGS = [
  'goverment',
  'recieved',
  'seperate',
  'occured',
  'definately',
  'untill',
  'acheive',
  'beleive',
  'foriegn',
  'parliment',
  'embarassed',
  'accomodate',
  'neccessary',
  'publically',
  'sucessful',
  'tommorow',
  'wich',
  'independant',
  'begining',
  'comittee',
];

describe('spell checker', () => {
  it('flags every common misspelling in both dialects', () => {
    for (const checker of [us, gb]) {
      const flagged = checker.check(COMMON_MISSPELLINGS.join(' ')).map((w) => w.word);
      expect(flagged).toEqual(COMMON_MISSPELLINGS);
    }
  });

  it('flags the issue sentence with offsets and suggests the right words', () => {
    const text = 'The goverment recieved the letter.';
    expect(us.check(text)).toEqual([
      { word: 'goverment', start: 4, end: 13 },
      { word: 'recieved', start: 14, end: 22 },
    ]);
    expect(us.suggest('goverment')).toContain('government');
    expect(us.suggest('recieved')).toContain('received');
  });

  it('has no false flags on the English of the shipped termbase', () => {
    expect(glossaryEnglish.length).toBeGreaterThan(300);
    for (const checker of [us, gb]) {
      const flagged = glossaryEnglish.flatMap((t) => checker.check(t).map((w) => `${w.word} (in "${t}")`));
      expect(flagged).toEqual([]);
    }
  });

  it('accepts correct prose, names from the glossary in any case, possessives and curly apostrophes', () => {
    expect(us.check('The President of Iran said the talks would continue until Tuesday.')).toEqual([]);
    expect(us.check('Majlis speaker’s remarks; the majlis met.')).toEqual([]);
  });

  it('knows the dialects apart', () => {
    expect(gb.check('the organisation and its colour')).toEqual([]);
    expect(us.check('the organization and its color')).toEqual([]);
    expect(us.check('its colour').map((w) => w.word)).toEqual(['colour']);
  });

  it('accepts words added to the user dictionary', () => {
    const checker = createSpellChecker(text(enUs));
    expect(checker.check('Sepah Pasdaran').length).toBe(2);
    checker.addKnown(['Sepah', 'Pasdaran']);
    expect(checker.check('Sepah Pasdaran')).toEqual([]);
  });
});

describe('englishWords', () => {
  it('skips acronyms, digits, single letters, addresses and Persian', () => {
    expect(
      englishWords('JCPOA P5+1 a 1402 https://irna.ir/x mail@x.ir ایران ok word').map((w) => w.word),
    ).toEqual(['ok', 'word']);
  });
});
