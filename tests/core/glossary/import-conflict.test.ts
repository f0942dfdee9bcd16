import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../src/core/glossary/import-conflict';
import type { EntryInput } from '../../../src/shared/model';

const lower = (s: string) => s.toLowerCase();
const ours: EntryInput = {
  key: 'org/majles',
  subject: 'institution',
  terms: [
    { lang: 'fa', text: 'مجلس', status: 'preferred' },
    { lang: 'en', text: 'Majlis', status: 'preferred' },
    { lang: 'en', text: 'Parliament', status: 'admitted' },
  ],
};
const theirs: EntryInput = {
  subject: 'politics',
  note: 'theirs',
  terms: [
    { lang: 'fa', text: 'مجلس', status: 'preferred' },
    { lang: 'en', text: 'Islamic Consultative Assembly', status: 'preferred' },
    { lang: 'en', text: 'parliament', status: 'admitted' },
    { lang: 'en', text: 'Majles', status: 'forbidden' },
  ],
};

describe('glossary import conflict strategies', () => {
  it('fail and skip change nothing', () => {
    expect(resolveConflict('fail', ours, theirs, lower)).toEqual({ action: 'failed' });
    expect(resolveConflict('skip', ours, theirs, lower)).toEqual({ action: 'skipped' });
  });

  it('replace takes their entry and keeps our key', () => {
    expect(resolveConflict('replace', ours, theirs, lower)).toEqual({
      action: 'replaced',
      entry: { ...theirs, key: 'org/majles' },
    });
  });

  it('add-as-admitted keeps ours and adds their new preferred/admitted English as admitted', () => {
    const r = resolveConflict('add-as-admitted', ours, theirs, lower);
    expect(r.action).toBe('added-as-admitted');
    expect(r.entry?.terms.map((t) => [t.text, t.status])).toEqual([
      ['مجلس', 'preferred'],
      ['Majlis', 'preferred'],
      ['Parliament', 'admitted'],
      ['Islamic Consultative Assembly', 'admitted'],
    ]);
    expect(r.entry?.key).toBe('org/majles');
    // Nothing new to add: reported as skipped, entry untouched.
    expect(resolveConflict('add-as-admitted', r.entry!, theirs, lower)).toEqual({ action: 'skipped' });
  });
});
