/**
 * Adapting a fuzzy match's target to the current source. When the two sources differ only in numbers
 * (Persian, Arabic-Indic or Latin digits; Solar Hijri years rendered as Gregorian ones) or in glossary
 * terms, the match's target is offered with those parts replaced, and says so. When any difference is of
 * another kind, the target is left exactly as stored: a half-adapted sentence would look finished.
 */
import type { TermHit } from '../../shared/model';
import type { AdaptReason } from '../../shared/tm';
import { alignWords, type AlignOp } from './score';
import type { TmText } from './words';

export type { AdaptReason };

export interface Adaptation {
  target: string;
  adapted: boolean;
  reasons: AdaptReason[];
}

export interface AdaptInput {
  current: TmText;
  match: TmText;
  target: string;
  /** Glossary hits in each source (from the glossary matcher); omit to adapt numbers only. */
  currentHits?: readonly TermHit[];
  matchHits?: readonly TermHit[];
  ops?: readonly AlignOp[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Runs of consecutive differing steps: one change each ("وزیر دفاع" → "وزیر خارجه" is one change). */
function changes(ops: readonly AlignOp[]): AlignOp[] {
  const out: AlignOp[] = [];
  let run: AlignOp | undefined;
  for (const op of ops) {
    if (op.kind === 'equal') {
      run = undefined;
      continue;
    }
    if (run === undefined) {
      run = { ...op, kind: 'replace' };
      out.push(run);
    } else {
      run.a1 = op.a1;
      run.b1 = op.b1;
    }
  }
  return out;
}

const NUMBER_IN_TARGET = /\d[\d,]*(?:\.\d+)?/g;

/** Solar Hijri years a news text would name; their Gregorian rendering is year + 621 or + 622. */
const isSolarYear = (n: number): boolean => Number.isInteger(n) && n >= 1300 && n <= 1499;

function withCommasLike(found: string, value: string): string {
  if (!found.includes(',') || value.includes('.')) return value;
  return value.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Edits of `target` turning `from` into `to`, or undefined when `from` cannot be found. */
function numberEdit(target: string, used: Set<number>, from: string, to: string): Edit | undefined {
  const tries: [string, string][] = [[from, to]];
  const f = Number(from);
  const t = Number(to);
  if (isSolarYear(f) && isSolarYear(t))
    tries.push([String(f + 621), String(t + 621)], [String(f + 622), String(t + 622)]);
  for (const [old, now] of tries) {
    for (const m of target.matchAll(NUMBER_IN_TARGET)) {
      const start = m.index;
      if (used.has(start) || m[0].split(',').join('') !== old) continue;
      used.add(start);
      return { start, end: start + m[0].length, text: withCommasLike(m[0], now) };
    }
  }
  return undefined;
}

function hitOver(hits: readonly TermHit[] | undefined, start: number, end: number): TermHit | undefined {
  return hits?.find((h) => h.start <= start && h.end >= end);
}

function termEdit(target: string, used: Set<number>, from: TermHit, to: TermHit): Edit | undefined {
  if (from.english === '' || to.english === '') return undefined;
  const lower = target.toLowerCase();
  const needle = from.english.toLowerCase();
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    if (used.has(at)) continue;
    const before = at === 0 ? ' ' : (target[at - 1] as string);
    const after = target[at + needle.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    used.add(at);
    // Keep a capital at the start of the sentence.
    const text =
      at === 0 && /^\p{Lu}/u.test(target)
        ? to.english.charAt(0).toUpperCase() + to.english.slice(1)
        : to.english;
    return { start: at, end: at + needle.length, text };
  }
  return undefined;
}

export function adaptTarget(input: AdaptInput): Adaptation {
  const { current, match, target } = input;
  const unchanged: Adaptation = { target, adapted: false, reasons: [] };
  const ops =
    input.ops ??
    alignWords(
      current.words.map((w) => w.key),
      match.words.map((w) => w.key),
    ).ops;
  const edits: Edit[] = [];
  const used = new Set<number>();
  const reasons = new Set<AdaptReason>();
  for (const c of changes(ops)) {
    const cur = current.words.slice(c.a0, c.a1);
    const old = match.words.slice(c.b0, c.b1);
    if (
      cur.length > 0 &&
      cur.length === old.length &&
      cur.every((w) => w.number) &&
      old.every((w) => w.number)
    ) {
      for (let k = 0; k < cur.length; k++) {
        const edit = numberEdit(
          target,
          used,
          (old[k] as { key: string }).key,
          (cur[k] as { key: string }).key,
        );
        if (edit === undefined) return unchanged;
        edits.push(edit);
      }
      reasons.add('numbers');
      continue;
    }
    const first = cur[0];
    const firstOld = old[0];
    if (first === undefined || firstOld === undefined) return unchanged;
    const toHit = hitOver(input.currentHits, first.start, (cur[cur.length - 1] as { end: number }).end);
    const fromHit = hitOver(input.matchHits, firstOld.start, (old[old.length - 1] as { end: number }).end);
    if (toHit === undefined || fromHit === undefined || toHit.entry === fromHit.entry) return unchanged;
    const edit = termEdit(target, used, fromHit, toHit);
    if (edit === undefined) return unchanged;
    edits.push(edit);
    reasons.add('terms');
  }
  if (edits.length === 0) return unchanged;
  edits.sort((x, y) => y.start - x.start);
  let out = target;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { target: out, adapted: out !== target, reasons: [...reasons] };
}
