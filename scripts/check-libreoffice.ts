/**
 * `npm run check:libreoffice [OUT_DIR]`: do our Word files open in LibreOffice? Builds an English article
 * (.docx) and a Word review table from a corpus report through the API, converts both to PDF with
 * `libreoffice --headless --convert-to pdf`, checks that the PDFs hold the expected text (pdftotext), and
 * renders their first pages as PNG (pdftoppm) for a person to look at. tests/interop/libreoffice.test.ts
 * runs it in the suite (.ci/run installs LibreOffice Writer); by hand it leaves the PNGs to look at.
 * Exits 1 when a check fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../src/server/create-api';
import { createDispatcher } from '../src/server/dispatch';

const outDir = process.argv[2] ?? join(tmpdir(), 'barabar-libreoffice');
mkdirSync(outDir, { recursive: true });
const have = (tool: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!have('libreoffice')) {
  console.error('libreoffice is not on PATH (Debian: apt-get install libreoffice-writer)');
  process.exit(1);
}

const api = createApi({ dbPath: join(outDir, 'check.sqlite') });
const dispatch = createDispatcher(api.handlers);
const call = async <T>(method: string, input: unknown): Promise<T> => {
  const r = await dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.result as T;
};

const failures: string[] = [];
try {
  const report = readFileSync(new URL('../corpus/000_f97710a0ea2d7f8d.txt', import.meta.url));
  const { document } = await call<{ document: { id: number; name: string } }>('documents.import', {
    fileName: 'report.txt',
    contentBase64: report.toString('base64'),
  });
  const segments = api.services.documents.segments(document.id);
  // Every segment translated but the last two: the article shows the Persian source, marked, in their place.
  for (const s of segments.slice(0, -2))
    api.services.documents.saveTarget({
      documentId: document.id,
      index: s.index,
      target: `Sentence ${s.index + 1} of the English article.`,
      status: 'translated',
    });

  const files: { name: string; base64: string; expect: string[] }[] = [];
  const article = await call<{ fileName: string; contentBase64: string }>('exchange.exportArticle', {
    documentId: document.id,
    format: 'docx',
    unconfirmed: 'source',
  });
  files.push({
    name: article.fileName,
    base64: article.contentBase64,
    expect: ['Sentence 2 of the English article.'],
  });
  const review = await call<{ fileName: string; contentBase64: string }>('exchange.exportReview', {
    documentId: document.id,
  });
  files.push({
    name: review.fileName,
    base64: review.contentBase64,
    expect: ['Sentence 1 of the English article.'],
  });

  for (const f of files) {
    const docx = join(outDir, f.name);
    writeFileSync(docx, Buffer.from(f.base64, 'base64'));
    // A profile of its own: a LibreOffice the user has open does not take the conversion over.
    const profile = `file://${join(outDir, 'lo-profile')}`;
    execFileSync(
      'libreoffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
      { stdio: 'ignore', timeout: 180_000 },
    );
    const pdf = docx.replace(/\.docx$/, '.pdf');
    if (!existsSync(pdf) || statSync(pdf).size === 0) {
      failures.push(`${f.name}: LibreOffice made no PDF`);
      continue;
    }
    const summary = [`${f.name} → ${pdf} (${statSync(pdf).size} bytes)`];
    if (have('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const e of f.expect) if (!text.includes(e)) failures.push(`${f.name}: the PDF lacks "${e}"`);
      const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
      summary.push(`${pages ?? '?'} page(s)`);
    }
    if (have('pdftoppm')) {
      const png = pdf.replace(/\.pdf$/, '');
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, png]);
      summary.push(`first page: ${png}-1.png`);
    }
    console.log(summary.join(', '));
  }
} finally {
  api.close();
}
if (failures.length > 0) {
  for (const f of failures) console.error(`FAILED ${f}`);
  process.exit(1);
}
console.log(`ok: both Word files open in LibreOffice (${outDir})`);
