/**
 * The fuzzy index of a large memory built without holding the thread: a million units take seconds to
 * read, and the service host that builds it also answers saves and the match panel. The units are read a
 * page at a time in id order, with a turn of the event loop between pages; a unit added meanwhile has a
 * higher id and is read with a later page, a unit deleted meanwhile is remembered and removed at the end.
 * A caller that needs the index at once (the CLI, a job) reads the remaining pages in one go.
 */
import { FuzzyIndex, FuzzyIndexBuilder } from '../../core/tm';
import type { TmUnitsRepo } from '../db/repos/tm-units-repo';

/** Units read per turn: about 20–40 ms of work. */
const PAGE = 20_000;
/** Words per unit the arrays are first sized for (news sentences average about 25; they grow if not). */
const WORDS_PER_UNIT = 28;

export class IndexBuild {
  private readonly builder: FuzzyIndexBuilder;
  private after = 0;
  private readonly deleted: number[] = [];
  private done = false;
  readonly total: number;

  constructor(private readonly units: TmUnitsRepo) {
    // Not indexSizes(): counting reads the whole table (seconds at a million units) before the first
    // turn. The highest id bounds the count; `total` is for a progress figure only.
    this.total = units.maxId();
    this.builder = new FuzzyIndexBuilder({ units: this.total, words: this.total * WORDS_PER_UNIT });
  }

  /** Units read so far. */
  get read(): number {
    return this.builder.count;
  }

  /** A unit deleted while building (it may already have been read). */
  deletedUnit(id: number): void {
    this.deleted.push(id);
  }

  /** Reads one page; false once every unit is read. */
  step(): boolean {
    if (this.done) return false;
    const rows = this.units.indexRowsAfter(this.after, PAGE);
    for (const r of rows) {
      this.builder.push(r);
      this.after = r.unitId;
    }
    this.done = rows.length < PAGE;
    return !this.done;
  }

  /** Reads what is left and makes the index. */
  finish(): FuzzyIndex {
    while (this.step());
    const index = FuzzyIndex.fromParts(this.builder.finish());
    for (const id of this.deleted) index.remove(id);
    return index;
  }
}
