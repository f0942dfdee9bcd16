/**
 * inconsistent-term (corpus): one glossary entry rendered with different English in different segments or
 * documents. A segment's rendering is which of the entry's English terms (any status) appear in its target,
 * or none. The reference is the English term used by the most segments (on a tie the preferred one, then
 * the earliest); a segment whose target does not contain it is reported. A segment that uses the reference
 * and also another term ("Minister of Defence and Armed Forces Logistics … the Defence Minister") is
 * consistent: the reference is there.
 *
 * A term and its derived adjective or demonym ("Iran"/"Iranian", "Belarus"/"Belarusian") are one
 * rendering: "the Iranian nation" for «ملت ایران» is not an inconsistency with "Iran".
 */
import { makeFinding, type CheckInfo } from '../finding';
import { termUsage, type EntryUsage } from '../term-usage';
import { TERM_STATUS_RANK } from '../../glossary/term-status';
import type { CorpusCheck, QaFinding, QaSegment, QaTermRef } from '../types';

const info: CheckInfo = { id: 'inconsistent-term', severity: 'warning', message: 'qa.inconsistentTerm' };
/** Longest ending that turns a name into its adjective: -n, -an, -ian, -ese, -ish, -i ... */
const MAX_DERIVED_ENDING = 4;

interface Use {
  seg: QaSegment;
  usage: EntryUsage;
  /** Representative term texts of the renderings found (usually one). */
  renderings: string[];
}

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Maps each English term of an entry to the representative of its group (a term and the terms derived from
 * it), which is the group's best-status member, so a finding never suggests a deprecated term.
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
  const best = new Map<string, (typeof terms)[number]>();
  for (const t of terms) {
    const r = root(t);
    const b = best.get(r);
    if (!b || TERM_STATUS_RANK[t.status] < TERM_STATUS_RANK[b.status]) best.set(r, t);
  }
  return new Map(terms.map((t) => [t.text, best.get(root(t))?.text ?? t.text]));
}

interface Occurrence {
  seg: QaSegment;
  usage: EntryUsage;
}

/** Renderings of one use, as group representatives, without repeats. */
function renderingsOf(usage: EntryUsage, rep: Map<string, string>): string[] {
  const out: string[] = [];
  for (const f of usage.found) {
    const r = rep.get(f.text) ?? f.text;
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

/** True when every use renders the entry with the same single term: the common case, decided without counting. */
function uniform(uses: readonly Use[]): boolean {
  const first = uses[0]?.renderings;
  if (!first || first.length !== 1) return false;
  return uses.every((u) => u.renderings.length === 1 && u.renderings[0] === first[0]);
}

/** Every occurrence found exactly one and the same English term: consistent, no grouping needed. */
function sameSingleTerm(occurrences: readonly Occurrence[]): boolean {
  const first = occurrences[0]?.usage.found;
  if (!first || first.length !== 1) return false;
  const text = first[0]?.text;
  return occurrences.every((o) => o.usage.found.length === 1 && o.usage.found[0]?.text === text);
}

function findingsFor(occurrences: readonly Occurrence[], out: QaFinding[]): void {
  const ref = occurrences[0]?.usage.ref;
  if (!ref || sameSingleTerm(occurrences)) return;
  const rep = representatives(ref);
  const uses: Use[] = occurrences.map((o) => ({
    seg: o.seg,
    usage: o.usage,
    renderings: renderingsOf(o.usage, rep),
  }));
  if (uniform(uses)) return;
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
  const first = uses.find((u) => u.renderings.includes(reference));
  for (const u of uses) {
    if (u.renderings.includes(reference)) continue;
    const used = [...new Set(u.usage.found.map((f) => f.text))].join(' | ');
    const r = u.usage.found[0]?.ranges[0];
    out.push(
      makeFinding(
        info,
        u.seg,
        used === '' ? u.usage.hit.text : used,
        {
          term: u.usage.ref.term,
          used,
          expected: reference,
          count: best,
          otherDocument: first?.seg.document ?? '',
          otherSegment: first?.seg.index ?? 0,
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
    const byEntry = new Map<number, Occurrence[]>();
    for (const seg of all) {
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
