import JSZip from 'jszip';
import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/** A Word report with a heading, body text split over runs, a numbered list and a table. */
export async function buildReportDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('دیدار وزیران دفاع')] }),
          new Paragraph({
            bidirectional: true,
            children: [new TextRun('وزیر دفاع '), new TextRun({ text: 'گفت', bold: true }), new TextRun('.')],
          }),
          new Paragraph({ numbering: { reference: 'n', level: 0 }, children: [new TextRun('بند یک')] }),
          new Paragraph({ numbering: { reference: 'n', level: 0 }, children: [new TextRun('بند دو')] }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('کشور')] }),
                  new TableCell({ children: [new Paragraph('پایتخت')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('بلاروس')] }),
                  new TableCell({ children: [new Paragraph('مینسک')] }),
                ],
              }),
            ],
          }),
          new Paragraph('پایان گزارش.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * Edits a .docx the way a reviewer's Word would leave it: unzip, change word/document.xml, zip again.
 * jszip comes with mammoth; a test that needs the raw XML has no business going through our own reader.
 */
export async function editDocxXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('no word/document.xml');
  zip.file('word/document.xml', edit(await entry.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}
