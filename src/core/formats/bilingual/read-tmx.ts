/**
 * Reads a TMX (1.1–1.4) Persian → English memory, streaming `tu` by `tu` so 100,000 units stay cheap.
 * The Persian variant is the one whose language matches the header's srclang (or starts with "fa" when
 * srclang is "*all*"); the English one is the first variant whose language starts with "en".
 * Units without both, with an empty side, or whose English is not a translation (core/text/untranslated)
 * are left out and counted by reason in `skipped`.
 */
import { AppError } from '../../../shared/errors';
import { streamXml } from '../xml/read';
import type { XmlElement } from '../xml/read';
import { childElements, firstChild } from '../xml/query';
import { isoFromTmxDate } from './dates';
import { flattenInline } from './flatten';
import type { TmxData, TmxUnitData } from './model';
import { countSkip, pairSkipReason } from './skipped';
import type { ImportSkipped } from '../../../shared/model';

const isPersian = (lang: string): boolean => /^fa(-|$)/i.test(lang);
const isEnglish = (lang: string): boolean => /^en(-|$)/i.test(lang);

export function readTmx(xml: string, file: string): TmxData {
  const fail = (el: XmlElement, reason: string): never => {
    throw new AppError('parse', { file, line: el.line, element: el.name, reason });
  };
  let srcLang: string | undefined;
  const units: TmxUnitData[] = [];
  const skipped: ImportSkipped = {};
  const { root } = streamXml(xml, file, {
    collect: ['tu'],
    onOpen: (el, depth) => {
      if (depth === 0 && el.local !== 'tmx') fail(el, 'not a TMX file');
      if (el.local === 'header') {
        srcLang = el.attrs.srclang ?? fail(el, 'missing attribute srclang');
        if (srcLang !== '*all*' && !isPersian(srcLang))
          fail(el, `source language is ${srcLang}, expected Persian (fa)`);
      }
    },
    onElement: (tu) => {
      const unit = readTu(tu, srcLang ?? fail(tu, 'no <header> before the first <tu>'), fail);
      const reason = unit === undefined ? 'no_pair' : pairSkipReason(unit.source, unit.target);
      if (reason !== undefined) countSkip(skipped, reason);
      else if (unit !== undefined) units.push(unit);
    },
  });
  return { srcLang: srcLang ?? fail(root, 'missing <header>'), units, skipped };
}

function readTu(
  tu: XmlElement,
  srcLang: string,
  fail: (el: XmlElement, reason: string) => never,
): TmxUnitData | undefined {
  let source: string | undefined;
  let target: string | undefined;
  const props: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const child of childElements(tu)) {
    if (child.local === 'prop') {
      const type = child.attrs.type ?? fail(child, 'missing attribute type');
      props[type] = flattenInline(child);
    } else if (child.local === 'tuv') {
      // TMX 1.4 uses xml:lang; 1.1–1.3 files use lang.
      const lang = child.attrs['xml:lang'] ?? child.attrs.lang ?? fail(child, 'missing attribute xml:lang');
      const seg = firstChild(child, 'seg') ?? fail(child, 'missing <seg>');
      const isSource =
        srcLang === '*all*'
          ? isPersian(lang)
          : lang.toLowerCase() === srcLang.toLowerCase() || (isPersian(lang) && isPersian(srcLang));
      if (isSource && source === undefined) source = flattenInline(seg);
      else if (!isSource && target === undefined && isEnglish(lang)) target = flattenInline(seg);
    }
  }
  if (source === undefined || target === undefined) return undefined;
  const unit: TmxUnitData = { source, target, props };
  const date = tu.attrs.creationdate === undefined ? undefined : isoFromTmxDate(tu.attrs.creationdate);
  if (date !== undefined) unit.creationDate = date;
  return unit;
}
