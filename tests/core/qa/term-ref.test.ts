import { describe, expect, it } from 'vitest';
import { qaTermRef } from '../../../src/core/qa/term-ref';
import type { Entry } from '../../../src/shared/model';

describe('qaTermRef', () => {
  it('carries the entry id, the given Persian term and every English term with its status, in order', () => {
    const entry: Entry = {
      id: 7,
      subject: 'rank',
      terms: [
        { lang: 'fa', text: 'سرلشکر', status: 'preferred' },
        { lang: 'en', text: 'Major General', status: 'preferred' },
        { lang: 'fa', text: 'سرلشگر', status: 'deprecated' },
        { lang: 'en', text: 'Maj. Gen.', status: 'admitted', note: 'abbreviation' },
        { lang: 'en', text: 'Divisional General', status: 'forbidden' },
      ],
      createdAt: '',
      createdBy: '',
      modifiedAt: '',
      modifiedBy: '',
    };
    expect(qaTermRef(entry, 'سرلشگر')).toEqual({
      entry: 7,
      term: 'سرلشگر',
      english: [
        { text: 'Major General', status: 'preferred' },
        { text: 'Maj. Gen.', status: 'admitted' },
        { text: 'Divisional General', status: 'forbidden' },
      ],
    });
  });
});
