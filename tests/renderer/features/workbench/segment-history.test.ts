import { describe, expect, test } from 'vitest';
import {
  SegmentHistory,
  TYPING_GROUP_MS,
} from '../../../../src/renderer/src/features/workbench/segment-history';

function clock(): { now: () => number; tick(ms: number): void } {
  let t = 1_000;
  return { now: () => t, tick: (ms) => (t += ms) };
}

/** Types `text` one character at a time into a segment whose text is `start`, 50 ms apart. */
function type(
  h: SegmentHistory,
  c: ReturnType<typeof clock>,
  pos: number,
  start: string,
  text: string,
): string {
  let cur = start;
  for (const ch of text) {
    h.recordText(pos, cur, cur + ch);
    cur += ch;
    c.tick(50);
  }
  return cur;
}

describe('SegmentHistory: undo and redo per segment', () => {
  test('the issue 12.1 sequence: after confirming 8 and typing in 9, undo stays in 9 and never un-confirms 8', () => {
    const c = clock();
    const h = new SegmentHistory(c.now);
    type(h, c, 8, 'The minister', ' spoke');
    h.recordStatus(8, 'confirm', 'draft', 'translated');
    h.stop(); // Ctrl+Enter moved the caret to 9
    type(h, c, 9, 'He said', ' that');
    // Ctrl+Z twice in 9: the first removes " that", the second has nothing left in 9.
    expect(h.undo(9)).toEqual({ kind: 'text', text: 'He said' });
    expect(h.undo(9)).toEqual({ kind: 'none' });
    // Segment 8's history is untouched: its confirmation is still the top step.
    expect(h.canUndo(8)).toBe(true);
  });

  test('undo in a confirmed segment stops at the confirmation instead of un-confirming it', () => {
    const c = clock();
    const h = new SegmentHistory(c.now);
    type(h, c, 3, '', 'Done');
    h.recordStatus(3, 'confirm', 'draft', 'translated');
    expect(h.undo(3)).toEqual({ kind: 'confirmed' });
    expect(h.undo(3)).toEqual({ kind: 'confirmed' });
  });

  test('un-confirming is a command of its own, and undoing it confirms again', () => {
    const c = clock();
    const h = new SegmentHistory(c.now);
    type(h, c, 4, '', 'Text');
    h.recordStatus(4, 'confirm', 'draft', 'translated');
    h.recordStatus(4, 'unconfirm', 'translated', 'draft');
    const edited = type(h, c, 4, 'Text', '!');
    expect(edited).toBe('Text!');
    expect(h.undo(4)).toEqual({ kind: 'text', text: 'Text' });
    expect(h.undo(4)).toEqual({ kind: 'status', status: 'translated' });
    expect(h.undo(4)).toEqual({ kind: 'confirmed' });
    expect(h.redo(4)).toEqual({ kind: 'status', status: 'draft' });
    expect(h.redo(4)).toEqual({ kind: 'text', text: 'Text!' });
    expect(h.redo(4)).toEqual({ kind: 'none' });
  });

  test('typing groups into one step; a pause, a switch to deleting or a stop starts a new one', () => {
    const c = clock();
    const h = new SegmentHistory(c.now);
    let t = type(h, c, 1, '', 'one');
    c.tick(TYPING_GROUP_MS);
    t = type(h, c, 1, t, ' two');
    h.recordText(1, t, t.slice(0, -1)); // Backspace
    t = t.slice(0, -1);
    h.stop();
    h.recordText(1, t, `${t}X`);
    expect(h.undo(1)).toEqual({ kind: 'text', text: 'one tw' });
    expect(h.undo(1)).toEqual({ kind: 'text', text: 'one two' });
    expect(h.undo(1)).toEqual({ kind: 'text', text: 'one' });
    expect(h.undo(1)).toEqual({ kind: 'text', text: '' });
    expect(h.undo(1)).toEqual({ kind: 'none' });
  });

  test('typing in two segments in turn never merges their steps', () => {
    const c = clock();
    const h = new SegmentHistory(c.now);
    h.recordText(1, '', 'a');
    h.recordText(2, '', 'b');
    h.recordText(1, 'a', 'ab');
    expect(h.undo(1)).toEqual({ kind: 'text', text: 'a' });
    expect(h.undo(1)).toEqual({ kind: 'text', text: '' });
    expect(h.undo(2)).toEqual({ kind: 'text', text: '' });
  });

  test('a new edit after undo drops that segment’s redo, not another segment’s', () => {
    const c = clock();
    const h = new SegmentHistory(c.now);
    h.recordText(1, '', 'a');
    h.recordText(2, '', 'b');
    h.undo(1);
    h.undo(2);
    h.recordText(1, '', 'c');
    expect(h.redo(1)).toEqual({ kind: 'none' });
    expect(h.redo(2)).toEqual({ kind: 'text', text: 'b' });
  });

  test('an unchanged text is not a step', () => {
    const h = new SegmentHistory(() => 0);
    h.recordText(5, 'same', 'same');
    expect(h.canUndo(5)).toBe(false);
  });
});
