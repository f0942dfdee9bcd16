import { describe, expect, it } from 'vitest';
import { buildArticle, writeArticleHtml, writeArticleTxt } from '../../../../src/core/formats/article';
import type { SegmentStatus } from '../../../../src/shared/model';

const seg = (index: number, paragraph: number, source: string, target: string, status: SegmentStatus) => ({
  index,
  paragraph,
  source,
  target,
  status,
});

/** A headline, a two-sentence lead and a closing paragraph; segment 3 is only a draft, 5 untouched. */
const report = [
  seg(
    0,
    0,
    'دیدار وزیران دفاع ایران و بلاروس',
    'Iranian and Belarusian defence ministers meet',
    'translated',
  ),
  seg(1, 1, 'وزیر دفاع گفت.', 'The defence minister said.', 'reviewed'),
  seg(2, 1, 'این دیدار مهم بود.', 'The  meeting was\timportant.', 'final'),
  seg(3, 2, 'او افزود.', 'He added', 'draft'),
  seg(4, 2, 'روابط گسترش می‌یابد.', '', 'new'),
];

describe('the English article', () => {
  it('keeps one paragraph per source paragraph and joins sentences with single spaces', () => {
    const confirmed = report.map((s) => ({
      ...s,
      target: s.target || 'Ties will grow.',
      status: 'final' as const,
    }));
    const article = buildArticle(confirmed, 'refuse');
    expect(article.unconfirmed).toEqual([]);
    expect(article.title?.parts).toEqual([
      { kind: 'text', text: 'Iranian and Belarusian defence ministers meet' },
    ]);
    const txt = writeArticleTxt(article);
    expect(txt).toBe(
      'Iranian and Belarusian defence ministers meet\n\n' +
        'The defence minister said. The meeting was important.\n\n' +
        'He added Ties will grow.\n',
    );
    // Exactly as many paragraphs as the source has.
    expect(txt.trim().split(/\n\n/)).toHaveLength(3);
  });

  it('lists unconfirmed segments (1-based) and applies each policy', () => {
    const omit = buildArticle(report, 'omit');
    expect(omit.unconfirmed).toEqual([4, 5]);
    expect(omit.omitted).toEqual([4, 5]);
    expect(omit.paragraphs).toHaveLength(1);

    const draft = buildArticle(report, 'draft');
    expect(draft.omitted).toEqual([]);
    // A segment with no draft at all shows its source rather than vanishing.
    expect(draft.paragraphs[1]!.parts).toEqual([
      { kind: 'text', text: 'He added' },
      { kind: 'source', text: 'روابط گسترش می‌یابد.' },
    ]);

    const source = buildArticle(report, 'source');
    expect(source.paragraphs[1]!.parts.map((p) => p.kind)).toEqual(['source', 'source']);
    expect(writeArticleTxt(source)).toContain('[FA: \u2068او افزود.\u2069]');
  });

  it('takes the first paragraph as the title only when it reads as a headline', () => {
    const lead = [seg(0, 0, 'وزیر دفاع در دیدار با همتای خود گفت که روابط گسترش می‌یابد.', 'Lead.', 'final')];
    expect(buildArticle(lead, 'refuse').title).toBeUndefined();
    const twoSentences = [seg(0, 0, 'خبر اول', 'One.', 'final'), seg(1, 0, 'خبر دوم', 'Two.', 'final')];
    expect(buildArticle(twoSentences, 'refuse').title).toBeUndefined();
  });

  it('writes HTML with an h1, paragraphs and the marked Persian span, escaped', () => {
    const article = buildArticle(
      [...report.slice(0, 3), seg(3, 2, 'الف <ب>', '', 'new'), seg(4, 2, 'x', 'A & B', 'translated')],
      'source',
    );
    const html = writeArticleHtml(article, { name: 'r.txt', generator: 'Barabar test' });
    expect(html).toContain('<h1>Iranian and Belarusian defence ministers meet</h1>');
    expect(html).toContain('<p>The defence minister said. The meeting was important.</p>');
    expect(html).toContain(
      '<p><span class="untranslated" lang="fa" dir="rtl" title="not translated">الف &lt;ب&gt;</span> A &amp; B</p>',
    );
    expect(html).toContain('<title>Iranian and Belarusian defence ministers meet</title>');
  });
});
