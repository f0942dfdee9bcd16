/**
 * Reads a TMX (1.1–1.4) Persian → English memory, streaming `tu` by `tu` so 100,000 units stay cheap.
 * The Persian variant is the one whose language matches the header's srclang (or starts with "fa" when
 * srclang is "*all*"); the English one is the first variant whose language starts with "en".
 * Units without both, with an empty side, or whose English is not a translation (core/text/untranslated)
 * are left out and counted by reason in `skipped`.
 */
import { AppError } from '../../../shared/errors';
import { isElement, streamXmlSteps } from '../xml/read';
import type { XmlElement } from '../xml/read';
import { childElements, firstChild } from '../xml/query';
import { isoFromTmxDate } from './dates';
import { flattenInline } from './flatten';
import type { TmxData, TmxUnitData } from './model';
import { countSkip, pairSkipReason } from './skipped';
import type { ImportSkipped, ImportSkipReason } from '../../../shared/model';

/** The props of every unit read without them: frozen, so a reader cannot add to the shared object. */
const NO_PROPS: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

const isPersian = (lang: string): boolean => /^fa(-|$)/i.test(lang);
const isEnglish = (lang: string): boolean => /^en(-|$)/i.test(lang);

export function readTmx(xml: string, file: string): TmxData {
  const units: TmxUnitData[] = [];
  const { srcLang, skipped } = streamTmx(xml, file, (u) => units.push(u));
  return { srcLang, units, skipped };
}

/**
 * The same reading, one unit at a time: `xml` may be an iterable of text chunks (a file read piece by
 * piece), and each unit is handed to `onUnit` with the line of its `<tu>`, so a million-unit memory
 * never sits in memory whole.
 */
export function streamTmx(
  xml: string | Iterable<string>,
  file: string,
  onUnit: (unit: TmxUnitData, line: number) => void,
  onSkip?: (reason: ImportSkipReason, line: number) => void,
  opts: TmxReadOptions = {},
): TmxStreamEnd {
  const steps = streamTmxSteps(xml, file, onUnit, onSkip, opts);
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

export interface TmxReadOptions {
  /** false: leave the units' props (and notes) unread; see streamTmxSteps. */
  props?: boolean;
}

export interface TmxStreamEnd {
  srcLang: string;
  skipped: ImportSkipped;
}

/**
 * streamTmx that pauses after every piece of about 64k characters (see streamXmlSteps): an import driving
 * it can give the event loop a turn there, so a cancel gets in while a large file is read. With
 * `props: false` the units' props and notes are checked but not built (`props` stays empty): a memory
 * import keeps none of them, and our own TMX has five props a unit, half of its elements.
 */
export function* streamTmxSteps(
  xml: string | Iterable<string>,
  file: string,
  onUnit: (unit: TmxUnitData, line: number) => void,
  onSkip?: (reason: ImportSkipReason, line: number) => void,
  opts: TmxReadOptions = {},
): Generator<void, TmxStreamEnd> {
  const withProps = opts.props !== false;
  const fail = (el: XmlElement, reason: string): never => {
    throw new AppError('parse', { file, line: el.line, element: el.name, reason });
  };
  let srcLang: string | undefined;
  // translate-toolkit's po2tmx writes srclang="en" whatever the source language is. So an English
  // srclang is judged by the first unit: a Persian first variant means a Persian-source file; an English
  // one means the file really runs English → Persian, which is refused.
  let englishHeader: XmlElement | undefined;
  const wrongDirection = (el: XmlElement): never =>
    fail(el, `source language is ${el.attrs.srclang ?? ''}, expected Persian (fa)`);
  const skipped: ImportSkipped = {};
  let sides = new LangSides('');
  const { root } = yield* streamXmlSteps(xml, file, {
    collect: ['tu'],
    // Without props, a unit's props and notes are not built at all; a prop still needs its type.
    ...(withProps
      ? {}
      : {
          skip: ['prop', 'note'],
          onSkip: (el: XmlElement, parent: XmlElement) => {
            if (el.local === 'prop' && parent.local === 'tu' && el.attrs.type === undefined)
              fail(el, 'missing attribute type');
          },
        }),
    onOpen: (el, depth) => {
      if (depth === 0 && el.local !== 'tmx') fail(el, 'not a TMX file');
      if (el.local === 'header') {
        srcLang = el.attrs.srclang ?? fail(el, 'missing attribute srclang');
        if (isEnglish(srcLang)) englishHeader = el;
        else if (srcLang !== '*all*' && !isPersian(srcLang)) wrongDirection(el);
      }
    },
    onElement: (tu) => {
      if (englishHeader !== undefined) {
        const first = childElements(tu).find((c) => c.local === 'tuv');
        if (!isPersian(first?.attrs['xml:lang'] ?? first?.attrs.lang ?? '')) wrongDirection(englishHeader);
        englishHeader = undefined;
        srcLang = '*all*';
      }
      const src = srcLang ?? fail(tu, 'no <header> before the first <tu>');
      if (sides.srcLang !== src) sides = new LangSides(src);
      const unit = readTu(tu, sides, fail, withProps);
      const reason = unit === undefined ? 'no_pair' : pairSkipReason(unit.source, unit.target);
      if (reason !== undefined) {
        countSkip(skipped, reason);
        onSkip?.(reason, tu.line);
      } else if (unit !== undefined) onUnit(unit, tu.line);
    },
  });
  if (englishHeader !== undefined) wrongDirection(englishHeader);
  return { srcLang: srcLang ?? fail(root, 'missing <header>'), skipped };
}

/**
 * Which side of a pair each tuv language is, for one srclang. A file spells its languages the same way
 * in every unit ("fa-IR", "en"), so each spelling is judged once (two regexes and two lower-casings a tuv
 * before), and a few spellings are kept.
 */
class LangSides {
  private readonly known = new Map<string, 'source' | 'english' | 'other'>();
  private readonly srcLower: string;
  private readonly persianSrc: boolean;

  constructor(readonly srcLang: string) {
    this.srcLower = srcLang.toLowerCase();
    this.persianSrc = isPersian(srcLang);
  }

  sideOf(lang: string): 'source' | 'english' | 'other' {
    let side = this.known.get(lang);
    if (side === undefined) {
      const isSource =
        this.srcLang === '*all*'
          ? isPersian(lang)
          : lang.toLowerCase() === this.srcLower || (isPersian(lang) && this.persianSrc);
      side = isSource ? 'source' : isEnglish(lang) ? 'english' : 'other';
      // A hostile file could spell a language a million ways: the memo stays small.
      if (this.known.size < 16) this.known.set(lang, side);
    }
    return side;
  }
}

function readTu(
  tu: XmlElement,
  sides: LangSides,
  fail: (el: XmlElement, reason: string) => never,
  withProps: boolean,
): TmxUnitData | undefined {
  let source: string | undefined;
  let target: string | undefined;
  let tuvAuthor: string | undefined;
  const props: Record<string, string> = withProps
    ? (Object.create(null) as Record<string, string>)
    : NO_PROPS;
  // Without props there are none here (streamTmxSteps skips them).
  for (const node of tu.children) {
    if (!isElement(node)) continue;
    const child = node;
    if (child.local === 'prop') {
      const type = child.attrs.type ?? fail(child, 'missing attribute type');
      props[type] = flattenInline(child);
    } else if (child.local === 'tuv') {
      // TMX 1.4 uses xml:lang; 1.1–1.3 files use lang.
      const lang = child.attrs['xml:lang'] ?? child.attrs.lang ?? fail(child, 'missing attribute xml:lang');
      const seg = firstChild(child, 'seg') ?? fail(child, 'missing <seg>');
      const side = sides.sideOf(lang);
      if (side === 'source') {
        source ??= flattenInline(seg);
      } else if (side === 'english' && target === undefined) {
        target = flattenInline(seg);
        // OmegaT writes who translated on the target tuv, Trados on the tu.
        tuvAuthor = child.attrs.changeid ?? child.attrs.creationid;
      }
    }
  }
  if (source === undefined || target === undefined) return undefined;
  const unit: TmxUnitData = { source, target, props };
  const created = tu.attrs.creationdate;
  const date = created === undefined ? undefined : isoFromTmxDate(created);
  if (date !== undefined) unit.creationDate = date;
  const author = tuvAuthor ?? tu.attrs.changeid ?? tu.attrs.creationid;
  if (author !== undefined) unit.author = author;
  return unit;
}
