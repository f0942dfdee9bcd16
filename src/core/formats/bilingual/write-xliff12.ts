/**
 * XLIFF 1.2 export (valid against xliff-core-1.2-strict.xsd) for tools that have not moved to 2.x:
 * one `file` per document (`original` = document name, which Barabar keeps unique), a `group` per
 * paragraph, a `trans-unit` per segment with the workflow state on its `target` and, for confirmed
 * segments, `approved="yes"` on the trans-unit: XLIFF 1.2 tools (translate-toolkit, Okapi) read a target
 * without it as fuzzy, whatever its state, and a round trip through them turned confirmations into drafts.
 */
import { escapeXmlAttr as attr, escapeXmlText as text } from '../xml/escape';
import { byParagraph, chunked } from './chunks';
import { xsdDateTime } from './dates';
import { paragraphId, segmentId } from './ids';
import type { BilingualDoc, BilingualSegment, ExportOptions } from './model';
import { isXliff12Approved, toXliff12State } from './status';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

export function writeXliff12(
  docs: Iterable<BilingualDoc>,
  opts: ExportOptions,
): Generator<string, void, undefined> {
  return chunked(xliffParts(docs, opts));
}

function* xliffParts(docs: Iterable<BilingualDoc>, opts: ExportOptions): Generator<string, void, undefined> {
  const langs = `source-language="${attr(opts.srcLang)}" target-language="${attr(opts.tgtLang)}"`;
  const toolId = attr(opts.tool.toLowerCase().replace(/\s+/g, '-'));
  const tool = `<tool tool-id="${toolId}" tool-name="${attr(opts.tool)}" tool-version="${attr(opts.toolVersion)}"/>`;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${XLIFF12_NS}" version="1.2">\n`;
  for (const doc of docs) {
    yield `<file original="${attr(doc.name)}" ${langs} datatype="plaintext" tool-id="${toolId}" date="${xsdDateTime(opts.createdAt)}">\n`;
    yield `<header>${tool}</header>\n<body>\n`;
    const used = new Set<string>();
    for (const paragraph of byParagraph(doc.segments)) yield group(paragraph, used);
    yield '</body>\n</file>\n';
  }
  yield '</xliff>\n';
}

function group(segments: BilingualSegment[], used: Set<string>): string {
  let id = paragraphId(segments[0]?.paragraph ?? 0);
  // Paragraph numbers should not repeat; if they do, keep group ids unique rather than write an ambiguous file.
  for (let n = 2; used.has(id); n++) id = `${paragraphId(segments[0]?.paragraph ?? 0)}-${n}`;
  used.add(id);
  let out = `<group id="${id}">\n`;
  for (const s of segments) {
    const approved = isXliff12Approved(s.status) ? ' approved="yes"' : '';
    out += `<trans-unit id="${segmentId(s.index)}" xml:space="preserve"${approved}>`;
    out += `<source>${text(s.source)}</source>`;
    out += `<target state="${toXliff12State(s.status)}">${text(s.target)}</target>`;
    for (const n of s.notes ?? []) out += `<note from="barabar">${text(n)}</note>`;
    out += '</trans-unit>\n';
  }
  return `${out}</group>\n`;
}
