/** The editor's marks of propagated drafts come from tm.propagated, through the handler map. */
import { describe, expect, it } from 'vitest';
import { useTmApi } from './setup';

const setup = useTmApi();

describe('tm.propagated', () => {
  it('names the segments holding a propagated draft until it is edited or undone', async () => {
    const { api, a } = setup();
    const call = api.handlers;
    await call['segments.saveTarget']({
      documentId: a,
      index: 0,
      target: 'The minister said.',
      status: 'translated',
    });
    expect(await call['tm.propagated']({ documentId: a })).toEqual([]);
    const p = await call['tm.propagate']({ documentId: a, index: 0 });
    expect(await call['tm.propagated']({ documentId: a })).toEqual([2]);
    await call['segments.saveTarget']({ documentId: a, index: 2, target: 'The minister said so.' });
    expect(await call['tm.propagated']({ documentId: a })).toEqual([]);
    await call['tm.undoPropagation']({ batch: p.batch! });
    expect(await call['tm.propagated']({ documentId: a })).toEqual([]);
  });
});
