import type { SegmentStatus } from '../../../../shared/model';

/**
 * Undo and redo of one pane, kept per segment (issue 12.1). Monaco's own undo stack spans the whole
 * model, so Ctrl+Z after a confirmation walked back into the previous segment and re-applied its edit
 * status. Here every segment has its own stack: undo never leaves the segment it is asked in, and only
 * an explicit status command (un-confirm) can be undone into a status change; a confirmation is a
 * barrier that text undo stops at.
 */
export type HistoryStep =
  | { kind: 'text'; before: string; after: string }
  | { kind: 'status'; before: SegmentStatus; after: SegmentStatus; command: 'confirm' | 'unconfirm' };

/** What undo/redo asks the editor to apply, or why nothing happened. */
export type HistoryResult =
  | { kind: 'text'; text: string }
  | { kind: 'status'; status: SegmentStatus }
  | { kind: 'none' }
  | { kind: 'confirmed' };

interface Open {
  pos: number;
  /** Insert or delete: a switch between the two starts a new step, as in Monaco. */
  typing: 'insert' | 'delete';
  at: number;
}

/** Typing pauses longer than this start a new undo step. */
export const TYPING_GROUP_MS = 1000;

export class SegmentHistory {
  private readonly undos = new Map<number, HistoryStep[]>();
  private readonly redos = new Map<number, HistoryStep[]>();
  private open: Open | null = null;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** A text edit of a segment; consecutive typing in one segment merges into one step. */
  recordText(pos: number, before: string, after: string): void {
    if (before === after) return;
    const typing = after.length >= before.length ? 'insert' : 'delete';
    const stack = this.stack(this.undos, pos);
    const top = stack[stack.length - 1];
    const t = this.now();
    const o = this.open;
    if (
      top?.kind === 'text' &&
      o !== null &&
      o.pos === pos &&
      o.typing === typing &&
      t - o.at < TYPING_GROUP_MS &&
      top.after === before
    ) {
      top.after = after;
    } else {
      stack.push({ kind: 'text', before, after });
    }
    this.open = { pos, typing, at: t };
    this.redos.delete(pos);
  }

  /** A status command (confirm, un-confirm) on a segment: always a step of its own. */
  recordStatus(
    pos: number,
    command: 'confirm' | 'unconfirm',
    before: SegmentStatus,
    after: SegmentStatus,
  ): void {
    this.stop();
    this.stack(this.undos, pos).push({ kind: 'status', before, after, command });
    this.redos.delete(pos);
  }

  /** Close the current typing step (caret left the segment, a term was inserted, text was pasted). */
  stop(): void {
    this.open = null;
  }

  undo(pos: number): HistoryResult {
    this.stop();
    const stack = this.undos.get(pos);
    const step = stack?.[stack.length - 1];
    if (!stack || !step) return { kind: 'none' };
    // Undoing a confirmation would un-confirm behind the translator's back: that takes the explicit
    // command, so text undo stops here.
    if (step.kind === 'status' && step.command === 'confirm') return { kind: 'confirmed' };
    stack.pop();
    this.stack(this.redos, pos).push(step);
    return step.kind === 'text'
      ? { kind: 'text', text: step.before }
      : { kind: 'status', status: step.before };
  }

  redo(pos: number): HistoryResult {
    this.stop();
    const stack = this.redos.get(pos);
    const step = stack?.pop();
    if (!step) return { kind: 'none' };
    this.stack(this.undos, pos).push(step);
    return step.kind === 'text' ? { kind: 'text', text: step.after } : { kind: 'status', status: step.after };
  }

  canUndo(pos: number): boolean {
    return (this.undos.get(pos)?.length ?? 0) > 0;
  }

  private stack(map: Map<number, HistoryStep[]>, pos: number): HistoryStep[] {
    let s = map.get(pos);
    if (!s) {
      s = [];
      map.set(pos, s);
    }
    return s;
  }
}
