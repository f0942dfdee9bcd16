/**
 * inconsistent-term (corpus): one glossary entry rendered with different allowed English in different
 * segments or documents ("Defence Minister" here, "Minister of Defence" there). A segment's rendering is
 * which of the entry's preferred/admitted terms appear in its target. The reference is the rendering used
 * by the most segments (on a tie the preferred one, then the earliest); a segment without it is reported.
 *
 * One finding per problem: a segment where the entry is missing, or rendered with a deprecated or
 * forbidden term, is term-missing's or term-forbidden's, not a second finding here; untranslated segments
 * never take part.
 *
 * What is one rendering: a term and its derived adjective ("Iran"/"Iranian"); a name and its short forms,
 * acronym or full form ("Viktor Khrenin"/"Khrenin", "JCPOA"/"Joint Comprehensive Plan of Action"); and
 * spellings that differ only in case, hyphen/space or a possessive. A term inside a context rendering
 * whose English is in the target («اجلاس شانگهای» → "the SCO summit") takes no part: the phrase decides. The finding names the spellings as
 * the translator typed them, never a glossary spelling nobody used.
 */
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import { isAllowed, termUsage, type EntryUsage } from '../term-usage';
import { TERM_STATUS_RANK } from '../../glossary/term-status';
import type { CorpusCheck, QaFinding, QaSegment, QaTermRef } from '../types';

const info: CheckInfo = { id: 'inconsistent-term', severity: 'warning', message: 'qa.inconsistentTerm' };
/** Longest ending that turns a name into its adjective: -n, -an, -ian, -ese, -ish, -i ... */
const MAX_DERIVED_ENDING = 4;

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** How a typed spelling is compared: case, hyphen/space and possessive endings do not count. */
export function spellingKey(typed: string): string {
  return typed
    .toLowerCase()
    .replace(/['’]s\b|(?<=s)['’]/gu, '')
    .replace(/[\s\-\u2010-\u2013]+/gu, ' ')
    .trim();
}

/**
 * Maps each English term of an entry to the representative of its group (a term, the terms derived from
 * it, and for the entry's preferred term also its short and long forms): the group's best-status member.
 */
function representatives(ref: QaTermRef): Map<string, string> {
  const terms = ref.english.map((e) => ({ ...e, key: letters(e.text) }));
  const root = (t: (typeof terms)[number]): string => {
    let r = t;
    for (const o of terms) {
      const extra = t.key.length - o.key.length;
      if (
        extra > 0 &&
        extra <= MAX_DERIVED_ENDING &&
        o.key.length >= 3 &&
        t.key.startsWith(o.key) &&
        o.key.length < r.key.length
      )
        r = o;
    }
    return r.key;
  };
  const preferred = terms.find((t) => t.status === 'preferred');
  const groupOf = (t: (typeof terms)[number]): string =>
    t.sameName && preferred ? root(preferred) : root(t);
  const best = new Map<string, (typeof terms)[number]>();
  for (const t of terms) {
    const r = groupOf(t);
    const b = best.get(r);
    if (!b || TERM_STATUS_RANK[t.status] < TERM_STATUS_RANK[b.status]) best.set(r, t);
  }
  return new Map(terms.map((t) => [t.text, best.get(groupOf(t))?.text ?? t.text]));
}

interface Use {
  seg: QaSegment;
  usage: EntryUsage;
  /** Group representatives of the allowed renderings found (usually one). */
  renderings: string[];
  /** What the translator typed, per representative. */
  typed: Map<string, string[]>;
}

function useOf(seg: QaSegment, usage: EntryUsage, rep: Map<string, string>): Use | null {
  // Inside a context rendering the phrase decides the wording («اجلاس شانگهای» → "the SCO summit").
  if (usage.inContext) return null;
  const renderings: string[] = [];
  const typed = new Map<string, string[]>();
  for (const f of usage.found) {
    if (!isAllowed(f.status)) continue;
    const r = rep.get(f.text) ?? f.text;
    if (!renderings.includes(r)) renderings.push(r);
    const list = typed.get(r) ?? [];
    for (const range of f.ranges) list.push(seg.target.slice(range.start, range.end));
    typed.set(r, list);
  }
  return renderings.length === 0 ? null : { seg, usage, renderings, typed };
}

/** The spelling typed most often for a rendering (first typed form of the most frequent key). */
function mostTyped(uses: readonly Use[], rendering: string): string {
  const counts = new Map<string, { n: number; first: string }>();
  let best: { n: number; first: string } | undefined;
  for (const u of uses) {
    for (const t of u.typed.get(rendering) ?? []) {
      const k = spellingKey(t);
      const c = counts.get(k) ?? { n: 0, first: t };
      c.n++;
      counts.set(k, c);
      if (!best || c.n > best.n) best = c;
    }
  }
  return best?.first ?? rendering;
}

function findingsFor(occurrences: readonly { seg: QaSegment; usage: EntryUsage }[], out: QaFinding[]): void {
  const ref = occurrences[0]?.usage.ref;
  if (!ref) return;
  const rep = representatives(ref);
  const uses: Use[] = [];
  for (const o of occurrences) {
    const u = useOf(o.seg, o.usage, rep);
    if (u) uses.push(u);
  }
  if (uses.length < 2) return;
  const first = uses[0]?.renderings[0];
  if (uses.every((u) => u.renderings.length === 1 && u.renderings[0] === first)) return;
  const counts = new Map<string, number>();
  for (const u of uses) for (const r of u.renderings) counts.set(r, (counts.get(r) ?? 0) + 1);
  const preferred = new Set(ref.english.filter((e) => e.status === 'preferred').map((e) => e.text));
  let reference = '';
  let best = 0;
  for (const [r, n] of counts) {
    if (n > best || (n === best && preferred.has(r) && !preferred.has(reference))) {
      reference = r;
      best = n;
    }
  }
  if (best === 0 || best === uses.length) return;
  const firstUse = uses.find((u) => u.renderings.includes(reference));
  const expected = mostTyped(uses, reference);
  for (const u of uses) {
    if (u.renderings.includes(reference)) continue;
    const typedHere = [...u.typed.values()].flat();
    const used = [...new Map(typedHere.map((t) => [spellingKey(t), t])).values()].join(' | ');
    const found = u.usage.found.find((f) => isAllowed(f.status));
    const r = found?.ranges[0];
    out.push(
      makeFinding(
        info,
        u.seg,
        used,
        {
          term: u.usage.ref.term,
          used,
          expected,
          count: best,
          otherDocument: firstUse?.seg.document ?? '',
          otherSegment: firstUse?.seg.index ?? 0,
        },
        r
          ? { field: 'target', start: r.start, end: r.end }
          : { field: 'source', start: u.usage.hit.start, end: u.usage.hit.end },
      ),
    );
  }
}

export const inconsistentTerm: CorpusCheck = {
  id: info.id,
  severity: info.severity,
  run(all: readonly QaSegment[]): QaFinding[] {
    const byEntry = new Map<number, { seg: QaSegment; usage: EntryUsage }[]>();
    for (const seg of all) {
      if (isUntranslated(seg)) continue;
      for (const usage of termUsage(seg)) {
        const list = byEntry.get(usage.ref.entry);
        if (list) list.push({ seg, usage });
        else byEntry.set(usage.ref.entry, [{ seg, usage }]);
      }
    }
    const out: QaFinding[] = [];
    for (const occurrences of byEntry.values()) if (occurrences.length > 1) findingsFor(occurrences, out);
    return out;
  },
};
