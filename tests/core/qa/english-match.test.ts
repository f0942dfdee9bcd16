import { describe, expect, it } from 'vitest';
import { englishContains, englishFindAll, englishWordKey } from '../../../src/core/qa/english-match';

/** The matched substring, or null: reads better in assertions than offsets. */
function found(target: string, term: string): string | null {
  const r = englishContains(target, term);
  return r ? target.slice(r.start, r.end) : null;
}

describe('englishContains', () => {
  it('ignores case', () => {
    expect(found('talks with the IRANIAN side in TEHRAN', 'Tehran')).toBe('TEHRAN');
    expect(found('the jcpoa was signed', 'JCPOA')).toBe('jcpoa');
  });

  it('accepts plurals of any word of the term', () => {
    expect(found('Two Major Generals attended', 'Major General')).toBe('Major Generals');
    expect(found('the chiefs of staff met', 'Chief of Staff')).toBe('chiefs of staff');
    expect(found('neighbouring countries', 'country')).toBe('countries');
    expect(found('talks between the two ministries', 'ministry')).toBe('ministries');
    expect(found('military attaché offices in both embassies', 'embassy')).toBe('embassies');
    expect(found('new sanctions on Iran', 'sanction')).toBe('sanctions');
    expect(found('both armed forces', 'Armed Forces')).toBe('armed forces');
    expect(found('the churches', 'church')).toBe('churches');
    expect(found('two classes', 'class')).toBe('classes');
    expect(found('boxes', 'box')).toBe('boxes');
    expect(found('the servicemen', 'serviceman')).toBe('servicemen');
  });

  it('accepts a singular in the target for a plural term', () => {
    expect(found('a sanction was lifted', 'sanctions')).toBe('sanction');
    expect(found('an armed force', 'Armed Forces')).toBe('armed force');
  });

  it('accepts possessives, straight or curly, singular or plural', () => {
    expect(found("the JCPOA's terms", 'JCPOA')).toBe("JCPOA's");
    expect(found('the JCPOA’s terms', 'JCPOA')).toBe('JCPOA’s');
    expect(found("the Generals' view", 'General')).toBe("Generals'");
    expect(found('the Major Generals’ meeting', 'Major General')).toBe('Major Generals’');
    expect(found("Belarus's president", 'Belarus')).toBe("Belarus's");
    expect(found('the Security Council’s restrictions', 'Security Council')).toBe('Security Council’s');
  });

  it('treats hyphen and space alike, in both directions', () => {
    expect(found('Major-General Bagheri', 'Major General')).toBe('Major-General');
    expect(found('Major General Bagheri', 'Major-General')).toBe('Major General');
    expect(found('extra regional forces', 'extra-regional')).toBe('extra regional');
    expect(found('Major\u2011General Bagheri', 'Major General')).toBe('Major\u2011General');
    expect(found('Major  General Bagheri', 'Major General')).toBe('Major  General');
  });

  it('only matches whole words', () => {
    expect(found('the Iranian nation', 'Iran')).toBeNull();
    expect(found('Belarusian delegation', 'Belarus')).toBeNull();
    expect(found('a generalisation', 'General')).toBeNull();
    expect(found('unilateralism of the USA', 'US')).toBeNull();
    expect(found('the reIran', 'Iran')).toBeNull();
    expect(found('Iran', 'Iran')).toBe('Iran');
  });

  it('keeps short acronyms in capitals: "US" is not "us" or "use"', () => {
    expect(found('they use force', 'US')).toBeNull();
    expect(found('a partner for us', 'US')).toBeNull();
    expect(found('US-backed forces', 'US')).toBe('US');
    expect(found("the US's allies", 'US')).toBe("US's");
    expect(found('it said', 'IT')).toBeNull();
    expect(found('the UN Security Council', 'UN')).toBe('UN');
    expect(found('the SNSC secretary', 'SNSC')).toBe('SNSC');
    expect(found('the jcpoa was signed', 'JCPOA')).toBe('jcpoa');
  });

  it('requires the same punctuation inside a term, not just the same words', () => {
    expect(found('the 3+3 format', '3+3 format')).toBe('3+3 format');
    expect(found('the 3 3 format', '3+3')).toBeNull();
    expect(found('the P5+1 talks', 'P5+1')).toBe('P5+1');
    expect(found('Maj. Gen. Bagheri', 'Maj. Gen.')).toBe('Maj. Gen');
    expect(found('Maj Gen Bagheri', 'Maj. Gen.')).toBeNull();
    expect(found('Supreme National, Security Council', 'Supreme National Security Council')).toBeNull();
  });

  it('does not match across a clause-separating dash or a quote', () => {
    expect(found('Major — General', 'Major General')).toBeNull();
    expect(found('Major “General”', 'Major General')).toBeNull();
  });

  it('folds accents and Persian digits', () => {
    expect(found('Sergei Shoïgu', 'Shoigu')).toBe('Shoïgu');
    expect(found('the ۳+۳ format', '3+3')).toBe('۳+۳');
    expect(found('the 3+3 format', '۳+۳')).toBe('3+3');
  });

  it('finds a term with a trailing parenthesis with or without it', () => {
    const term = 'Supreme National Security Council (SNSC)';
    expect(found('the Supreme National Security Council (SNSC) met', term)).toBe(
      'Supreme National Security Council (SNSC',
    );
    expect(found('the Supreme National Security Council met', term)).toBe(
      'Supreme National Security Council',
    );
    expect(found('the SNSC met', term)).toBeNull();
  });

  it('returns the position of the first occurrence', () => {
    const target = 'Iran and Belarus; Iran again';
    expect(englishContains(target, 'Iran')).toEqual({ start: 0, end: 4 });
    expect(englishContains(target, 'Belarus')).toEqual({ start: 9, end: 16 });
  });

  it('returns null for an empty term or an empty target', () => {
    expect(englishContains('Iran', '')).toBeNull();
    expect(englishContains('Iran', ' - ')).toBeNull();
    expect(englishContains('', 'Iran')).toBeNull();
  });

  it('gives the right answer when targets alternate (the cache is keyed by text)', () => {
    expect(found('Iran', 'Iran')).toBe('Iran');
    expect(found('Belarus', 'Iran')).toBeNull();
    expect(found('Iran', 'Iran')).toBe('Iran');
  });
});

describe('englishFindAll', () => {
  it('finds every occurrence, left to right, without overlaps', () => {
    const target = 'Iran, Iran’s allies and IRAN';
    expect(englishFindAll(target, 'Iran').map((r) => target.slice(r.start, r.end))).toEqual([
      'Iran',
      'Iran’s',
      'IRAN',
    ]);
    expect(englishFindAll('general general general', 'general general')).toHaveLength(1);
  });

  it('finds a short term inside a longer one (callers decide what that means)', () => {
    const target = 'Major General Bagheri and General Mousavi';
    expect(englishFindAll(target, 'General').map((r) => r.start)).toEqual([6, 26]);
  });
});

describe('englishWordKey', () => {
  it('brings singular, plural and possessive to one key', () => {
    for (const [a, b] of [
      ['country', "countries'"],
      ['status', 'statuses'],
      ['Belarus', 'Belarus’s'],
      ['Caucasus', 'Caucasus'],
      ['woman', 'women'],
      ['force', 'forces'],
      ['niche', 'niches'],
      ['serviceman', 'servicemen'],
    ] as const) {
      expect(englishWordKey(a)).toBe(englishWordKey(b));
    }
  });

  it('keeps different words apart', () => {
    for (const [a, b] of [
      ['Iran', 'Iranian'],
      ['us', 'use'],
      ['crisis', 'cris'],
      ['class', 'clas'],
      ['Paris', 'Pari'],
      ['omen', 'Oman'],
    ] as const) {
      expect(englishWordKey(a)).not.toBe(englishWordKey(b));
    }
  });
});
