import type { Matcher } from '../../../../core/glossary';
import { statusAfterEdit } from '../../../../core/segments/status';
import type { DocumentDetail, Entry, Segment, SegmentStatus, TermHit } from '../../../../shared/model';
import { segmentTermState, type SegmentTermState } from '../consistency/consistency';
import { isConfirmed } from './segment-nav';

/**
 * The open document as the editor sees it: segment texts and statuses (kept current as the translator
 * types), the glossary hits of each source, and the live term state of each segment.
 */
export class SegmentStore {
  readonly segments: Segment[];
  hits: TermHit[][] = [];
  states: SegmentTermState[] = [];
  private entries: ReadonlyMap<number, Entry> = new Map();
  private matcher: Matcher | null = null;
  /** Bumped whenever the glossary behind the hits changes (views cache on it). */
  glossaryGeneration = 0;
  /**
   * Persian sources of the memory units changed since the document opened (a confirmed segment, a
   * corrected source), in order: each is logged when its save is queued and again once the server
   * acknowledged it, so a lookup answered before either is checked against it (the match panel's
   * look-ahead keeps answers only while no change since they were asked can alter them).
   */
  readonly memoryEdits: string[] = [];

  constructor(readonly doc: DocumentDetail) {
    this.segments = doc.segments.map((s) => ({ ...s }));
  }

  /** (Re)match every source against the glossary, e.g. after a term was added. */
  setGlossary(matcher: Matcher, entries: ReadonlyMap<number, Entry>): void {
    this.matcher = matcher;
    this.entries = entries;
    this.glossaryGeneration++;
    this.hits = this.segments.map((s) => matcher.match(s.source));
    this.states = this.segments.map((s, i) =>
      segmentTermState(s.source, s.target, this.hits[i] ?? [], entries),
    );
  }

  entryMap(): ReadonlyMap<number, Entry> {
    return this.entries;
  }

  setTarget(pos: number, text: string): void {
    const seg = this.segments[pos];
    if (!seg) return;
    seg.status = statusAfterEdit(seg, text);
    seg.target = text;
    this.recheck(pos);
  }

  setSource(pos: number, text: string): void {
    const seg = this.segments[pos];
    if (!seg) return;
    seg.source = text;
    this.hits[pos] = this.matcher ? this.matcher.match(text) : [];
    this.recheck(pos);
  }

  setStatus(pos: number, status: SegmentStatus): void {
    const seg = this.segments[pos];
    if (seg) seg.status = status;
  }

  private recheck(pos: number): void {
    const seg = this.segments[pos];
    if (!seg) return;
    this.states[pos] = segmentTermState(seg.source, seg.target, this.hits[pos] ?? [], this.entries);
  }

  confirmedCount(): number {
    return this.segments.reduce((n, s) => n + (isConfirmed(s.status) ? 1 : 0), 0);
  }

  statuses(): SegmentStatus[] {
    return this.segments.map((s) => s.status);
  }
}
