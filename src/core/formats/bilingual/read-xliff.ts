/**
 * Reads XLIFF 2.x and 1.2 into one shape, streaming unit by unit (`unit` in 2.x; `group` or top-level
 * `trans-unit` in 1.2) so a large file never becomes one big tree. Only Persian → English files are
 * accepted: anything else would silently put foreign text into the termbase-checked targets.
 * XLIFF 2 units with translate="no" are skipped; elements must use the default namespace (no "xlf:" prefix).
 * A target that is not a translation (a copy of the source, Arabic script: core/text/untranslated) is
 * left out and counted in `skipped`, so the document's own text is kept; an invisible target is empty.
 */
import { AppError } from '../../../shared/errors';
import type { XmlElement } from '../xml/read';
import { streamXml, walk } from '../xml/read';
import { childElements, firstChild } from '../xml/query';
import { flattenInline } from './flatten';
import type { XliffData, XliffFileData, XliffSegmentData, XliffUnitData } from './model';
import { fromXliff12State, fromXliff2State } from './status';
import { countSkip } from './skipped';
import { untranslatedReason } from '../../text/untranslated';
import type { ImportSkipped } from '../../../shared/model';

const NS2 = 'urn:oasis:names:tc:xliff:document:2.0';
const NS12 = 'urn:oasis:names:tc:xliff:document:1.2';

export function readXliff(xml: string, file: string): XliffData {
  const fail = (el: XmlElement, reason: string): never => {
    throw new AppError('parse', { file, line: el.line, element: el.name, reason });
  };
  let data: XliffData | undefined;
  let current: XliffFileData | undefined;
  const skipped: ImportSkipped = {};
  const v2 = (): boolean => data?.version.startsWith('2') ?? false;

  const checkLangs = (el: XmlElement, src: string | undefined, trg: string | undefined): void => {
    if (src === undefined || src === '') fail(el, 'no source language');
    else if (!/^fa(-|$)/i.test(src)) fail(el, `source language is ${src}, expected Persian (fa)`);
    if (trg !== undefined && trg !== '' && !/^en(-|$)/i.test(trg))
      fail(el, `target language is ${trg}, expected English (en)`);
  };

  streamXml(xml, file, {
    collect: ['unit', 'group', 'trans-unit'],
    onOpen: (el) => {
      if (data === undefined) {
        data = start(el, fail);
        if (v2()) checkLangs(el, data.srcLang, data.trgLang);
      } else if (el.local === 'file') {
        current = openFile(el, v2(), fail);
        if (!v2()) {
          checkLangs(el, el.attrs['source-language'], el.attrs['target-language']);
          if (data.files.length === 0) {
            data.srcLang = el.attrs['source-language'] ?? '';
            data.trgLang = el.attrs['target-language'] ?? '';
          }
        }
        data.files.push(current);
      }
    },
    onElement: (el, depth) => {
      if (current === undefined) return fail(el, 'outside any <file>');
      // XLIFF 2 groups only nest units; 1.2 has no <unit>. Anything else is another vocabulary's element.
      // Units marked translate="no" carry nothing to translate (Barabar's placeholder for an empty document).
      if (v2()) {
        const units = el.local === 'unit' ? [el] : el.local === 'group' ? descendants(el, 'unit') : [];
        for (const u of units)
          if (u.attrs.translate !== 'no') current.units.push(translatedOnly(readUnit2(u, fail), skipped));
      } else if ((el.local === 'group' || el.local === 'trans-unit') && depth >= 2) {
        current.units.push(translatedOnly(readUnit12(el, fail), skipped));
      }
    },
  });
  if (data === undefined) throw new AppError('parse', { file, reason: 'not an XLIFF file' });
  return { ...data, skipped };
}

function translatedOnly(unit: XliffUnitData, skipped: ImportSkipped): XliffUnitData {
  const segments: XliffSegmentData[] = [];
  for (const seg of unit.segments) {
    if (seg.target === '') segments.push(seg);
    else {
      const reason = untranslatedReason(seg.source, seg.target);
      if (reason === undefined) segments.push(seg);
      else if (reason === 'empty') segments.push({ ...seg, target: '', state: 'new' });
      else countSkip(skipped, reason);
    }
  }
  return { id: unit.id, segments };
}

function start(root: XmlElement, fail: (el: XmlElement, reason: string) => never): XliffData {
  const version = root.attrs.version ?? '';
  if (root.local !== 'xliff') return fail(root, 'not an XLIFF file');
  const ok2 = root.uri === NS2 && /^2\.\d+$/.test(version);
  const ok12 = (root.uri === NS12 || root.uri === '') && version === '1.2';
  if (!ok2 && !ok12) fail(root, `unsupported XLIFF version "${version}"`);
  return {
    version,
    srcLang: ok2 ? (root.attrs.srcLang ?? '') : '',
    trgLang: ok2 ? (root.attrs.trgLang ?? '') : '',
    files: [],
    skipped: {},
  };
}

function openFile(
  el: XmlElement,
  v2: boolean,
  fail: (el: XmlElement, reason: string) => never,
): XliffFileData {
  const original = el.attrs.original;
  const id = v2 ? el.attrs.id : original;
  if (id === undefined || id === '')
    return fail(el, v2 ? 'missing attribute id' : 'missing attribute original');
  return original === undefined ? { id, units: [] } : { id, original, units: [] };
}

function readUnit2(unit: XmlElement, fail: (el: XmlElement, reason: string) => never): XliffUnitData {
  const id = unit.attrs.id ?? fail(unit, 'missing attribute id');
  const segments: XliffSegmentData[] = [];
  let n = 0;
  for (const seg of childElements(unit, 'segment')) {
    const source = firstChild(seg, 'source') ?? fail(seg, 'missing <source>');
    const targetEl = firstChild(seg, 'target');
    const target = targetEl === undefined ? '' : flattenInline(targetEl);
    const xliffState = seg.attrs.state ?? 'initial';
    const state = fromXliff2State(xliffState, target) ?? fail(seg, `unknown state "${xliffState}"`);
    // Segment ids are optional in XLIFF 2; give anonymous ones a position so callers can still report them.
    segments.push({
      id: seg.attrs.id ?? `${id}#${n}`,
      source: flattenInline(source),
      target,
      state,
      xliffState,
    });
    n++;
  }
  return { id, segments };
}

function readUnit12(el: XmlElement, fail: (el: XmlElement, reason: string) => never): XliffUnitData {
  const units = el.local === 'trans-unit' ? [el] : descendants(el, 'trans-unit');
  const segments = units.map((tu): XliffSegmentData => {
    const id = tu.attrs.id ?? fail(tu, 'missing attribute id');
    const source = firstChild(tu, 'source') ?? fail(tu, 'missing <source>');
    const targetEl = firstChild(tu, 'target');
    const target = targetEl === undefined ? '' : flattenInline(targetEl);
    const xliffState = targetEl?.attrs.state;
    const state =
      fromXliff12State(xliffState, target, tu.attrs.approved) ??
      fail(targetEl ?? tu, `unknown state "${xliffState ?? ''}"`);
    return xliffState === undefined
      ? { id, source: flattenInline(source), target, state }
      : { id, source: flattenInline(source), target, state, xliffState };
  });
  const id = el.attrs.id ?? segments[0]?.id ?? fail(el, 'missing attribute id');
  return { id, segments };
}

/** Elements with this local name below `el`, in document order, not descending into matches. */
function descendants(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  // Iterative (hostile files nest deeply): the walker descends only into non-matching elements.
  walk(
    el,
    () => {},
    (c) => {
      if (c.local !== local) return true;
      out.push(c);
      return false;
    },
  );
  return out;
}
