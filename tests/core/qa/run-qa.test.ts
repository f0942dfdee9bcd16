import { describe, expect, it } from 'vitest';
import { findingKey, QA_CHECKS, runQa } from '../../../src/core/qa';
import { AppError } from '../../../src/shared/errors';
import { CASES } from './drafts';
import { makeSegment } from './helpers';

const flawed = () =>
  CASES.map((c) => makeSegment(c.doc, c.index, c.source, c.bad, c.bad === '' ? 'new' : 'draft'));

describe('runQa', () => {
  it('orders findings by document, segment, check, then position, whatever the input order', () => {
    const segments = flawed();
    const forward = runQa(segments);
    const backward = runQa([...segments].reverse());
    expect(backward).toEqual(forward);
    const order = new Map(QA_CHECKS.map((c, i) => [c.id, i]));
    for (let i = 1; i < forward.length; i++) {
      const a = forward[i - 1];
      const b = forward[i];
      if (!a || !b) continue;
      const cmp =
        a.documentId - b.documentId ||
        a.segment - b.segment ||
        (order.get(a.check) ?? 0) - (order.get(b.check) ?? 0);
      expect(cmp).toBeLessThanOrEqual(0);
    }
  });

  it('runs only the checks asked for', () => {
    const findings = runQa(flawed(), { checks: ['number-missing', 'term-forbidden'] });
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.check))).toEqual(new Set(['number-missing', 'term-forbidden']));
  });

  it('gives, for any one check run alone, exactly that check’s findings of a full run, at its severity', () => {
    const segments = flawed();
    const all = runQa(segments);
    for (const c of QA_CHECKS) {
      const alone = runQa(segments, { checks: [c.id] });
      expect(alone, c.id).toEqual(all.filter((f) => f.check === c.id));
      for (const f of alone) expect(f.severity).toBe(c.severity);
    }
  });

  it('rejects an unknown check id with a validation error naming the field', () => {
    try {
      runQa([], { checks: ['term-missing', 'spelling'] });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('validation');
      expect((err as AppError).params.field).toBe('checks');
      expect(String((err as AppError).params.message)).toContain('spelling');
    }
  });

  it('gives an untranslated segment only the "untranslated" finding', () => {
    const c = CASES[0];
    if (!c) throw new Error('no cases');
    const findings = runQa([makeSegment(c.doc, c.index, c.source, '', 'new')]);
    expect(findings.map((f) => f.check)).toEqual(['untranslated']);
  });

  it('returns nothing for no segments', () => {
    expect(runQa([])).toEqual([]);
  });
});

describe('findingKey', () => {
  const c = CASES.find((x) => x.expected.some(([check]) => check === 'term-forbidden'));
  if (!c) throw new Error('no case with term-forbidden');
  const keyOf = (target: string, source = c.source): string[] => {
    const seg = makeSegment(c.doc, c.index, source, target);
    return runQa([seg], { checks: ['term-forbidden'] }).map((f) => findingKey(f, seg));
  };

  it('is stable across runs and short enough for the API (200 characters)', () => {
    const a = keyOf(c.bad);
    expect(a.length).toBeGreaterThan(0);
    expect(keyOf(c.bad)).toEqual(a);
    for (const k of a) expect(k.length).toBeLessThanOrEqual(200);
    expect(new Set(a).size).toBe(a.length);
  });

  it('survives edits elsewhere in the target and changes in case or spacing of the offending text', () => {
    const [first] = keyOf(c.bad);
    const edited = `${c.bad} (edited)`.replace(/ +/g, ' ');
    expect(keyOf(edited)).toContain(first);
  });

  it('resets when the source sentence changes', () => {
    const [first] = keyOf(c.bad);
    expect(keyOf(c.bad, `${c.source} `)).not.toContain(first);
  });

  it('differs between checks, segments and documents', () => {
    const seg = makeSegment(c.doc, c.index, c.source, c.bad);
    const [f] = runQa([seg], { checks: ['term-forbidden'] });
    if (!f) throw new Error('no finding');
    const base = findingKey(f, seg);
    expect(findingKey({ ...f, check: 'term-missing' }, seg)).not.toBe(base);
    expect(findingKey({ ...f, segment: f.segment + 1 }, { ...seg, index: seg.index + 1 })).not.toBe(base);
    expect(findingKey(f, { ...seg, document: 'other.txt' })).not.toBe(base);
    expect(findingKey({ ...f, text: f.text.toUpperCase() }, seg)).toBe(base);
  });
});
