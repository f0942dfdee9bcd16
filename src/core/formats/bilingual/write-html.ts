/**
 * A standalone bilingual review sheet: one side-by-side table per document (Persian right-to-left on the
 * right of the reader's eye, English left-to-right), segment numbers and status, a print stylesheet.
 * Self-contained by design (inline CSS, a CSP that forbids loading anything) so it can be mailed or printed.
 * Written as well-formed XML (polyglot HTML) so tests and tools can parse it strictly.
 */
import { escapeXmlAttr as attr, escapeXmlText as text } from '../xml/escape';
import { chunked } from './chunks';
import type { BilingualDoc, BilingualSegment, ExportOptions } from './model';

const STYLE = `
body{font-family:system-ui,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#111}
h1{font-size:1.3rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.35rem .5rem;vertical-align:top;overflow-wrap:anywhere}
th{background:#eee;text-align:start}
col.n{width:3.5rem}col.st{width:6.5rem}
td.n,td.st{font-size:.8rem;color:#555;font-variant-numeric:tabular-nums}
td.fa{font-family:Vazirmatn,"Noto Naskh Arabic",Tahoma,sans-serif;font-size:1.05rem;line-height:1.9;text-align:right}
tr.p>td{border-top:2px solid #666}
tr.s-new td.en{background:#fff4f4}tr.s-draft td.en{background:#fffbe6}
.meta{color:#555;font-size:.85rem}
@media print{
body{margin:0;font-size:10pt}
th{background:none}
tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
h2{break-before:page;page-break-before:always}
h2:first-of-type{break-before:auto;page-break-before:auto}
tr.s-new td.en,tr.s-draft td.en{background:none}
}`;

export function writeHtml(
  docs: Iterable<BilingualDoc>,
  opts: ExportOptions,
): Generator<string, void, undefined> {
  return chunked(htmlParts(docs, opts));
}

function* htmlParts(docs: Iterable<BilingualDoc>, opts: ExportOptions): Generator<string, void, undefined> {
  const title = 'Barabar bilingual export';
  yield '<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8"/>\n';
  yield `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>\n`;
  yield `<meta name="generator" content="${attr(`${opts.tool} ${opts.toolVersion}`)}"/>\n`;
  yield `<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<h1>${title}</h1>\n`;
  yield `<p class="meta">${text(opts.tool)} ${text(opts.toolVersion)} · ${opts.createdAt.toISOString()} · ${opts.srcLang} → ${opts.tgtLang}</p>\n`;
  for (const doc of docs) {
    yield `<h2>${text(doc.name)}</h2>\n<table>\n<colgroup><col class="n"/><col class="st"/><col/><col/></colgroup>\n`;
    yield `<thead><tr><th>#</th><th>status</th><th lang="fa" dir="rtl">فارسی</th><th>English</th></tr></thead>\n<tbody>\n`;
    let paragraph: number | undefined;
    for (const s of doc.segments) {
      yield row(s, paragraph !== undefined && s.paragraph !== paragraph);
      paragraph = s.paragraph;
    }
    yield '</tbody>\n</table>\n';
  }
  yield '</body>\n</html>\n';
}

function row(s: BilingualSegment, newParagraph: boolean): string {
  const cls = `s-${s.status}${newParagraph ? ' p' : ''}`;
  return (
    `<tr class="${cls}"><td class="n">${s.index + 1}</td><td class="st">${s.status}</td>` +
    `<td class="fa" dir="rtl" lang="fa">${text(s.source)}</td>` +
    `<td class="en" dir="ltr" lang="en">${text(s.target)}</td></tr>\n`
  );
}
