/**
 * Realistic single errors planted into copies of the reference translation (reference-translation.ts):
 * each names the segment, the edit and the check that must catch it with exactly one finding.
 * `target` edits replace the first occurrence of `from` in the reference English; `source` edits do the
 * same in the Persian (a misspelt name); `whole` replaces the target.
 */
export interface PlantedError {
  name: string;
  doc: number;
  index: number;
  check: string;
  edit:
    { field: 'target' | 'source'; from: string; to: string } | { field: 'whole'; to: string | 'copy-source' };
}

const t = (from: string, to: string) => ({ field: 'target' as const, from, to });

export const PLANTED: readonly PlantedError[] = [
  // Forbidden and deprecated renderings
  {
    name: 'forbidden ministry title',
    doc: 0,
    index: 0,
    check: 'term-forbidden',
    edit: t('Armed Forces Logistics', 'Armed Forces Support'),
  },
  {
    name: 'word-for-word "arms competition"',
    doc: 1,
    index: 10,
    check: 'term-forbidden',
    edit: t('arms race', 'arms competition'),
  },
  {
    name: '"White Russia" for Belarus',
    doc: 3,
    index: 0,
    check: 'term-forbidden',
    edit: t('Belarus has', 'White Russia has'),
  },
  {
    name: 'deprecated spelling of Shoigu',
    doc: 2,
    index: 1,
    check: 'term-forbidden',
    edit: t('Sergei Shoigu', 'Sergey Shoygu'),
  },
  { name: 'deprecated "Teheran"', doc: 3, index: 11, check: 'term-forbidden', edit: t('Tehran', 'Teheran') },
  {
    name: '"the Ukraine"',
    doc: 0,
    index: 4,
    check: 'term-forbidden',
    edit: t('deliveries to Ukraine', 'deliveries to the Ukraine'),
  },
  {
    name: 'transliterated "Barjam"',
    doc: 2,
    index: 6,
    check: 'term-forbidden',
    edit: t('under the JCPOA', 'under Barjam'),
  },
  // Missing terms
  {
    name: 'Caucasus dropped',
    doc: 2,
    index: 5,
    check: 'term-missing',
    edit: t('in the Caucasus region', 'in the region'),
  },
  {
    name: 'allies dropped',
    doc: 0,
    index: 5,
    check: 'term-missing',
    edit: t('the United States and its allies', 'the United States'),
  },
  {
    name: 'multipolar paraphrased',
    doc: 1,
    index: 2,
    check: 'term-missing',
    edit: t('a multipolar world', 'a world of many powers'),
  },
  {
    name: 'counterpart rendered "host"',
    doc: 3,
    index: 17,
    check: 'term-missing',
    edit: t('his counterpart', 'his host'),
  },
  {
    name: 'fight against terrorism paraphrased',
    doc: 2,
    index: 3,
    check: 'term-missing',
    edit: t('the fight against terrorism', 'the struggle with terror groups'),
  },
  // Persian left in the target, source copied
  {
    name: 'Persian word left in',
    doc: 3,
    index: 16,
    check: 'persian-in-target',
    edit: t('the East, Asia and Africa', 'the East, آسیا and Africa'),
  },
  {
    name: 'Persian word left at the end',
    doc: 0,
    index: 3,
    check: 'persian-in-target',
    edit: t('tradition and practice', 'tradition and رویه'),
  },
  {
    name: 'source copied',
    doc: 3,
    index: 3,
    check: 'target-equals-source',
    edit: { field: 'whole', to: 'copy-source' },
  },
  // Typing slips
  {
    name: 'doubled "the"',
    doc: 2,
    index: 9,
    check: 'doubled-word',
    edit: t('help the security', 'help the the security'),
  },
  {
    name: 'doubled word across a line edit',
    doc: 0,
    index: 7,
    check: 'doubled-word',
    edit: t('is the Islamic', 'is is the Islamic'),
  },
  {
    name: 'closing quote lost',
    doc: 3,
    index: 9,
    check: 'unbalanced-quotes',
    edit: t('this path.”', 'this path.'),
  },
  {
    name: 'opening quote lost',
    doc: 1,
    index: 0,
    check: 'unbalanced-quotes',
    edit: t('said: “Thank God', 'said: Thank God'),
  },
  {
    name: 'closing bracket lost',
    doc: 2,
    index: 6,
    check: 'unbalanced-brackets',
    edit: t('(JCPOA)', '(JCPOA'),
  },
  {
    name: 'double space',
    doc: 3,
    index: 8,
    check: 'double-space',
    edit: t('Iran and Belarus', 'Iran and  Belarus'),
  },
  {
    name: 'leading space',
    doc: 3,
    index: 14,
    check: 'leading-trailing-space',
    edit: t('Referring', ' Referring'),
  },
  {
    name: 'trailing space',
    doc: 2,
    index: 13,
    check: 'leading-trailing-space',
    edit: t('cooperation.', 'cooperation. '),
  },
  {
    name: 'invisible RLM pasted in',
    doc: 0,
    index: 1,
    check: 'bidi-control',
    edit: t('between Iran and', 'between Iran\u200f and'),
  },
  // The same term two ways in two documents; first mentions
  {
    name: 'Supreme Leader rendered another way',
    doc: 3,
    index: 13,
    check: 'inconsistent-term',
    edit: t("The Supreme Leader's representative", "The Leader of the Islamic Revolution's representative"),
  },
  {
    name: 'Defence Minister rendered another way',
    doc: 1,
    index: 9,
    check: 'inconsistent-term',
    edit: t('Belarusian Defence Minister', 'Belarusian Minister of Defence'),
  },
  {
    name: 'surname only at first mention',
    doc: 1,
    index: 7,
    check: 'term-first-mention',
    edit: t('Major General Viktor Khrenin', 'Major General Khrenin'),
  },
  {
    name: 'acronym only at first mention',
    doc: 2,
    index: 6,
    check: 'term-first-mention',
    edit: t('the Joint Comprehensive Plan of Action (JCPOA)', 'the JCPOA'),
  },
  // Numbers and dates
  { name: 'number changed', doc: 0, index: 6, check: 'number-missing', edit: t('30 years', '13 years') },
  {
    name: 'number dropped',
    doc: 1,
    index: 4,
    check: 'number-missing',
    edit: t('the past 43 years', 'the past years'),
  },
  {
    name: 'number dropped from a compound',
    doc: 1,
    index: 4,
    check: 'number-missing',
    edit: t('the 8-year imposed war', 'the long imposed war'),
  },
  {
    name: 'year changed',
    doc: 2,
    index: 6,
    check: 'number-missing',
    edit: t('October 2023', 'October 2022'),
  },
  {
    name: 'Hijri month converted to the wrong year',
    doc: 3,
    index: 11,
    check: 'number-missing',
    edit: t('February–March 2023', 'February–March 2022'),
  },
  {
    name: 'number word changed',
    doc: 3,
    index: 6,
    check: 'number-missing',
    edit: t('the two countries', 'the three countries'),
  },
  {
    name: 'number added',
    doc: 0,
    index: 6,
    check: 'number-extra',
    edit: t('more than 30 years', 'more than 30 years, since 1993'),
  },
  // Source side and untranslated
  {
    name: 'misspelt name in the source',
    doc: 3,
    index: 17,
    check: 'possible-misspelling',
    edit: { field: 'source', from: 'ولفوویچ', to: 'ولفویچ' },
  },
  { name: 'segment left empty', doc: 3, index: 4, check: 'untranslated', edit: { field: 'whole', to: '' } },
];
