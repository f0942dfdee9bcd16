/**
 * The word-level score of score.ts, computed on word numbers instead of strings, with a floor: once the
 * distance must exceed what the floor allows, scoring stops. The fuzzy lookup scores hundreds of
 * candidates per query at a million units; on numbers, and mostly cut short, that stays a few
 * milliseconds. Joins stay free as in score.ts: a query pair joined, or a unit pair joined, equal to one
 * word of the other side.
 */
import { scoreFromDistance } from './score';

/** Never a word number (those are ≥ 0) nor a query-only key (negative, from -1 down). */
const NONE = -0x80000000;

export class IdScorer {
  /** Each query word's number, or a negative stand-in shared by equal unknown words. */
  private readonly q: Int32Array;
  /** The number of query words i-1 and i joined (NONE when unknown or i = 0). */
  private readonly qJoin: Int32Array;
  /** Unit pairs that join into a query word: first → second → that word's entry in `q`. */
  private readonly pairs = new Map<number, Map<number, number>>();
  private rows: [Int32Array, Int32Array, Int32Array] = [
    new Int32Array(0),
    new Int32Array(0),
    new Int32Array(0),
  ];
  private uJoin = new Int32Array(0);

  constructor(keys: readonly string[], known: (key: string) => number | undefined) {
    const n = keys.length;
    this.q = new Int32Array(n);
    this.qJoin = new Int32Array(n).fill(NONE);
    const unknown = new Map<string, number>();
    keys.forEach((k, i) => {
      let id = known(k);
      if (id === undefined) {
        id = unknown.get(k) ?? -1 - unknown.size;
        unknown.set(k, id);
      }
      this.q[i] = id;
      if (i > 0) this.qJoin[i] = known((keys[i - 1] as string) + k) ?? NONE;
      for (let cut = 1; cut < k.length; cut++) {
        const first = known(k.slice(0, cut));
        const second = first === undefined ? undefined : known(k.slice(cut));
        if (first === undefined || second === undefined) continue;
        const m = this.pairs.get(first) ?? new Map<number, number>();
        m.set(second, id);
        this.pairs.set(first, m);
      }
    });
  }

  /** The unit's score, or -1 when it is below `floor` (then the exact value is not worked out). */
  score(unit: ArrayLike<number>, floor = 0): number {
    const a = this.q;
    const n = a.length;
    const m = unit.length;
    const longer = Math.max(n, m);
    if (longer === 0) return 100;
    // The largest distance that still scores `floor` (scoreFromDistance rounds down).
    const most = Math.floor((longer * (100 - Math.max(0, floor))) / 100);
    const w = m + 1;
    if (this.rows[0].length < w) {
      this.rows = [new Int32Array(w), new Int32Array(w), new Int32Array(w)];
      this.uJoin = new Int32Array(w);
    }
    // uJoin[j]: unit words j-1 and j joined, as the query word's entry they equal (NONE otherwise).
    const uJoin = this.uJoin;
    for (let j = 0; j < m; j++) {
      const p = j > 0 ? this.pairs.get(unit[j - 1] as number) : undefined;
      uJoin[j] = p?.get(unit[j] as number) ?? NONE;
    }
    let [prev2, prev, cur] = this.rows;
    for (let j = 0; j <= m; j++) prev[j] = j;
    let lastMin = 0;
    for (let i = 1; i <= n; i++) {
      const ai = a[i - 1] as number;
      const aj = this.qJoin[i - 1] as number;
      cur[0] = i;
      let rowMin = i;
      for (let j = 1; j <= m; j++) {
        const bj = unit[j - 1] as number;
        let best = (prev[j - 1] as number) + (ai === bj ? 0 : 1);
        const del = (prev[j] as number) + 1;
        if (del < best) best = del;
        const ins = (cur[j - 1] as number) + 1;
        if (ins < best) best = ins;
        if (i >= 2 && bj === aj) {
          const c = prev2[j - 1] as number;
          if (c < best) best = c;
        }
        if (j >= 2 && uJoin[j - 1] === ai) {
          const c = prev[j - 2] as number;
          if (c < best) best = c;
        }
        cur[j] = best;
        if (best < rowMin) rowMin = best;
      }
      // A join reaches back two rows, so only two rows both past the limit end the search.
      if (rowMin > most && lastMin > most) return -1;
      lastMin = rowMin;
      [prev2, prev, cur] = [prev, cur, prev2];
    }
    const distance = prev[m] as number;
    if (distance > most) return -1;
    return scoreFromDistance(distance, n, m);
  }
}
