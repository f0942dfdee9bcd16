import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/core/formats/article';
import { writeArticleDocx } from '../../../src/server/formats/word-article';
import { docxParagraphs } from '../../../src/server/formats/word-source';

const segments = [
  {
    index: 0,
    paragraph: 0,
    source: 'دیدار وزیران دفاع',
    target: 'Defence ministers meet',
    status: 'final' as const,
  },
  {
    index: 1,
    paragraph: 1,
    source: 'وزیر گفت.',
    target: 'The minister said.',
    status: 'translated' as const,
  },
  { index: 2, paragraph: 1, source: 'او رفت.', target: 'He left.', status: 'reviewed' as const },
  { index: 3, paragraph: 2, source: 'روابط گسترش می‌یابد.', target: '', status: 'new' as const },
];

describe('the English article as .docx', () => {
  it('has the headline as Word Title and one left-to-right paragraph per source paragraph', async () => {
    const bytes = await writeArticleDocx(buildArticle(segments, 'source'), {
      name: 'r.txt',
      creator: 'Barabar',
    });
    expect(await docxParagraphs(bytes, 'r.docx')).toEqual([
      'Defence ministers meet',
      'The minister said. He left.',
      'روابط گسترش می‌یابد.',
    ]);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    // English paragraphs carry no bidi flag; the Persian stand-in is an RTL, highlighted run.
    expect(xml.match(/<w:bidi\/>/g) ?? []).toHaveLength(0);
    expect(xml).toMatch(
      /<w:highlight w:val="yellow"\/><w:rtl\/>|<w:rtl\/>[\s\S]*?<w:highlight w:val="yellow"\/>/,
    );
    const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>Defence ministers meet</dc:title>');
  });
});
