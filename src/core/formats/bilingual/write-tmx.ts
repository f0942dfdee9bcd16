/**
 * TMX 1.4b export (valid against tmx14.dtd): one `tu` per segment that has a target. Document, segment
 * index, paragraph and status travel as `prop type="x-…"` so a TM round trip keeps Barabar's context.
 */
import { escapeXmlAttr as attr, escapeXmlText as text } from '../xml/escape';
import { chunked } from './chunks';
import { parseTimestamp, tmxDate } from './dates';
import type { BilingualDoc, BilingualSegment, ExportOptions } from './model';

export function writeTmx(
  docs: Iterable<BilingualDoc>,
  opts: ExportOptions,
): Generator<string, void, undefined> {
  return chunked(tmxParts(docs, opts));
}

function* tmxParts(docs: Iterable<BilingualDoc>, opts: ExportOptions): Generator<string, void, undefined> {
  const src = attr(opts.srcLang);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  yield `<header creationtool="${attr(opts.tool)}" creationtoolversion="${attr(opts.toolVersion)}" segtype="sentence"`;
  yield ` o-tmf="${attr(opts.tool)}" adminlang="en" srclang="${src}" datatype="plaintext" creationdate="${tmxDate(opts.createdAt)}"/>\n<body>\n`;
  const tgt = attr(opts.tgtLang);
  for (const doc of docs) {
    const docName = text(doc.name);
    for (const s of doc.segments) {
      if (s.target === '') continue;
      yield tu(doc, docName, s, src, tgt);
    }
  }
  yield '</body>\n</tmx>\n';
}

function tu(doc: BilingualDoc, docName: string, s: BilingualSegment, src: string, tgt: string): string {
  const updated = parseTimestamp(s.updatedAt);
  const date = updated === undefined ? '' : ` creationdate="${tmxDate(updated)}"`;
  return (
    `<tu tuid="d${doc.id}-s${s.index}"${date}>` +
    `<prop type="x-document">${docName}</prop><prop type="x-document-id">${doc.id}</prop>` +
    `<prop type="x-segment">${s.index}</prop><prop type="x-paragraph">${s.paragraph}</prop>` +
    `<prop type="x-status">${s.status}</prop>` +
    `<tuv xml:lang="${src}"><seg>${text(s.source)}</seg></tuv>` +
    `<tuv xml:lang="${tgt}"><seg>${text(s.target)}</seg></tuv></tu>\n`
  );
}
