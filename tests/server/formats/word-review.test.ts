import { describe, expect, it } from 'vitest';
import { planReview } from '../../../src/core/formats/review';
import { readReviewDocx } from '../../../src/server/formats/read-review';
import { writeReviewDocx } from '../../../src/server/formats/word-review';
import { editDocxXml } from '../../helpers/docx';

const rows = [
  {
    number: 1,
    source: 'رئیس جمهور گفت.',
    target: 'The president said.',
    status: 'translated' as const,
    comment: '',
  },
  {
    number: 2,
    source: 'وزیر آمد.',
    target: 'The minister came & went.',
    status: 'draft' as const,
    comment: '',
  },
  { number: 3, source: 'او رفت.', target: '', status: 'new' as const, comment: '' },
];
const segments = rows.map((r) => ({ index: r.number - 1, source: r.source, target: r.target }));

describe('the Word review round trip', () => {
  it('writes a table that reads back unchanged', async () => {
    const bytes = await writeReviewDocx(rows, { documentName: 'report.txt', creator: 'Barabar' });
    const sheet = await readReviewDocx(bytes, 'review.docx');
    expect(sheet.documentName).toBe('report.txt');
    expect(sheet.rows.map((r) => [r.number, r.source, r.target])).toEqual(
      rows.map((r) => [String(r.number), r.source, r.target]),
    );
    expect(planReview('review.docx', sheet.rows, segments).changes).toEqual([]);
  });

  it('applies what a reviewer edited in document.xml, tracked insertions included', async () => {
    const bytes = await writeReviewDocx(rows, { documentName: 'report.txt', creator: 'Barabar' });
    const edited = await editDocxXml(bytes, (xml) =>
      xml
        .replace('The president said.', 'The President said.')
        // An English cell that was empty gets a tracked insertion, as Word writes it with changes on.
        .replace(
          /(<w:t[^>]*>او رفت\.<\/w:t>[\s\S]*?<w:p>)/u,
          '$1<w:ins w:id="1" w:author="Editor" w:date="2026-01-01T00:00:00Z"><w:r><w:t>He left.</w:t></w:r></w:ins>',
        ),
    );
    const sheet = await readReviewDocx(edited, 'review.docx');
    const plan = planReview('review.docx', sheet.rows, segments);
    expect(plan.changes).toEqual([
      { index: 0, before: 'The president said.', target: 'The President said.' },
      { index: 2, before: '', target: 'He left.' },
    ]);
  });

  it('refuses a file without the review table', async () => {
    const bytes = await writeReviewDocx(rows, { documentName: 'r.txt', creator: 'Barabar' });
    const broken = await editDocxXml(bytes, (xml) => xml.replace('>Persian<', '>Farsi<'));
    await expect(readReviewDocx(broken, 'review.docx')).rejects.toMatchObject({
      code: 'parse',
      params: { file: 'review.docx', element: 'table' },
    });
  });
});
