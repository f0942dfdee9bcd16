/**
 * XLIFF 2.1 export (valid against the OASIS 2.0/2.1 core schema plus the glossary module): one `file` per
 * document, one `unit` per paragraph, one `segment` per sentence, so paragraph boundaries survive a trip
 * through another CAT tool. Glossary hits become `mrk type="term"` in the source and a `gls:glossary`
 * in the unit pointing at them.
 */
import type { TermHit } from '../../../shared/model';
import { escapeXmlAttr as attr, escapeXmlText as text } from '../xml/escape';
import { byParagraph, chunked } from './chunks';
import { fileId, paragraphId, segmentId } from './ids';
import type { BilingualDoc, BilingualSegment, ExportOptions } from './model';
import { toXliff2State } from './status';

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const GLOSSARY_NS = 'urn:oasis:names:tc:xliff:glossary:2.0';

export function writeXliff2(
  docs: Iterable<BilingualDoc>,
  opts: ExportOptions,
): Generator<string, void, undefined> {
  return chunked(xliffParts(docs, opts));
}

function* xliffParts(docs: Iterable<BilingualDoc>, opts: ExportOptions): Generator<string, void, undefined> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  // XLIFF 2 has no header for the producing tool; a comment keeps that information for humans.
  yield `<!-- ${text(opts.tool).replace(/--/g, '- -')} ${text(opts.toolVersion).replace(/--/g, '- -')}, ${opts.createdAt.toISOString()} -->\n`;
  yield `<xliff xmlns="${XLIFF2_NS}" xmlns:gls="${GLOSSARY_NS}" version="2.1" srcLang="${attr(opts.srcLang)}" trgLang="${attr(opts.tgtLang)}">\n`;
  for (const doc of docs) {
    yield `<file id="${fileId(doc.id)}" original="${attr(doc.name)}">\n`;
    const used = new Set<string>();
    let any = false;
    for (const paragraph of byParagraph(doc.segments)) {
      any = true;
      yield unit(paragraph, uniqueId(paragraphId(paragraph[0]?.paragraph ?? 0), used));
    }
    // The schema needs at least one unit per file; an empty document gets a placeholder that is marked
    // as not translatable, which readXliff (and other tools) skip.
    if (!any) yield `<unit id="empty" translate="no"><segment><source/></segment></unit>\n`;
    yield '</file>\n';
  }
  yield '</xliff>\n';
}

/** Paragraph numbers should be consecutive; if one repeats later, keep ids unique instead of writing an invalid file. */
function uniqueId(id: string, used: Set<string>): string {
  let out = id;
  for (let n = 2; used.has(out); n++) out = `${id}-${n}`;
  used.add(out);
  return out;
}

function unit(segments: BilingualSegment[], id: string): string {
  let glossary = '';
  let body = '';
  let notes = '';
  let noteCount = 0;
  for (const s of segments) {
    // XLIFF 2 keeps notes per unit (a paragraph here): each note names the segment it is about.
    for (const n of s.notes ?? [])
      notes += `<note id="n${++noteCount}" category="comment">${text(`${segmentId(s.index)}: ${n}`)}</note>`;
    const marked = markTerms(s);
    glossary += marked.entries;
    const { state, subState } = toXliff2State(s.status);
    body += `<segment id="${segmentId(s.index)}" state="${state}"${subState ? ` subState="${subState}"` : ''}>`;
    body += `<source>${marked.source}</source>`;
    if (s.target !== '') body += `<target>${text(s.target)}</target>`;
    body += '</segment>\n';
  }
  const gls = glossary === '' ? '' : `<gls:glossary>${glossary}</gls:glossary>\n`;
  const notesEl = notes === '' ? '' : `<notes>${notes}</notes>\n`;
  return `<unit id="${id}" xml:space="preserve">\n${gls}${notesEl}${body}</unit>\n`;
}

/**
 * Escaped source with a `mrk` around each hit whose offsets match the text (overlapping hits keep the first),
 * plus one glossary entry per hit. A hit whose offsets do not match still gets its entry, without a ref.
 */
function markTerms(s: BilingualSegment): { source: string; entries: string } {
  const hits = s.hits;
  if (hits === undefined || hits.length === 0) return { source: text(s.source), entries: '' };
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  let source = '';
  let entries = '';
  let pos = 0;
  sorted.forEach((hit, k) => {
    const id = `t${s.index}-${k}`;
    const fits = hit.start >= pos && hit.end > hit.start && s.source.slice(hit.start, hit.end) === hit.text;
    if (fits) {
      source += `${text(s.source.slice(pos, hit.start))}<mrk id="${id}" type="term">${text(hit.text)}</mrk>`;
      pos = hit.end;
    }
    entries += glossEntry(hit, k, s.index, fits ? id : undefined);
  });
  return { source: source + text(s.source.slice(pos)), entries };
}

function glossEntry(hit: TermHit, k: number, index: number, ref: string | undefined): string {
  return (
    `<gls:glossEntry id="g${index}-${k}"${ref ? ` ref="#${ref}"` : ''}>` +
    `<gls:term source="barabar:entry/${hit.entry}">${text(hit.term)}</gls:term>` +
    `<gls:translation>${text(hit.english)}</gls:translation></gls:glossEntry>`
  );
}
