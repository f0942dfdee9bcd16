import { describe, expect, test } from 'vitest';
import {
  changedRegion,
  foldNewlines,
  keepsStructure,
  restoreEdit,
  type LineEdit,
} from '../../../../src/renderer/src/features/workbench/line-guard';

/** Apply a Monaco-style edit (1-based positions) to an array of lines. */
function apply(lines: readonly string[], e: LineEdit): string[] {
  const text = lines.join('\n');
  const offset = (line: number, col: number): number =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
  return (
    text.slice(0, offset(e.startLine, e.startColumn)) +
    e.text +
    text.slice(offset(e.endLine, e.endColumn))
  ).split('\n');
}

describe('foldNewlines', () => {
  test('turns every kind of line break (and surrounding blanks) into one space', () => {
    expect(foldNewlines('one\ntwo\r\nthree\rfour\u2028five')).toBe('one two three four five');
    expect(foldNewlines('a  \n\n  b')).toBe('a b');
    expect(foldNewlines('tab\tseparated')).toBe('tab separated');
    expect(foldNewlines('no breaks at all')).toBe('no breaks at all');
  });
});

describe('changedRegion', () => {
  test('finds the smallest differing block', () => {
    expect(changedRegion(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual({ start: 2, beforeEnd: 2, afterEnd: 2 });
    expect(changedRegion(['a', 'b', 'c'], ['a', 'c'])).toEqual({ start: 2, beforeEnd: 2, afterEnd: 1 });
    expect(changedRegion(['a', 'b'], ['a', 'b'])).toBeNull();
  });
});

describe('restoreEdit', () => {
  const good = ['first', 'second', '', 'third', 'fourth'];
  const cases: [string, string[]][] = [
    ['a paragraph separator deleted', ['first', 'second', 'third', 'fourth']],
    ['a line split by Enter', ['first', 'sec', 'ond', '', 'third', 'fourth']],
    ['a multi-line selection typed over', ['first', 'secXrd', 'fourth']],
    ['the last lines joined', ['first', 'second', '', 'thirdfourth']],
    ['the first lines joined', ['firstsecond', '', 'third', 'fourth']],
    ['everything replaced', ['x']],
    ['a line added at the end', ['first', 'second', '', 'third', 'fourth', 'extra']],
  ];
  for (const [name, broken] of cases) {
    test(`undoes ${name}`, () => {
      const edit = restoreEdit(good, broken);
      expect(edit).not.toBeNull();
      expect(apply(broken, edit!)).toEqual(good);
    });
  }

  test('returns null when nothing changed', () => {
    expect(restoreEdit(good, [...good])).toBeNull();
  });

  test('touches only the damaged lines', () => {
    const edit = restoreEdit(good, ['first', 'sec', 'ond', '', 'third', 'fourth'])!;
    expect(edit.startLine).toBe(2);
    expect(edit.endLine).toBeLessThanOrEqual(4);
  });
});

describe('keepsStructure', () => {
  const segmentOfLine = [-1, 0, 1, -1, 2];
  test('accepts edits inside segment lines only', () => {
    expect(keepsStructure(['a', 'b', '', 'c'], segmentOfLine, 4)).toBe(true);
    expect(keepsStructure(['a', 'b', 'typed on a separator', 'c'], segmentOfLine, 4)).toBe(false);
    expect(keepsStructure(['a', 'b', ''], segmentOfLine, 4)).toBe(false);
  });
});
