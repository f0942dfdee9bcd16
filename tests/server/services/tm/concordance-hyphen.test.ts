import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTmApi } from './setup';

const setup = useTmApi();

describe('concordance with a hyphenated word', () => {
  it('finds «سیاسی-نظامی» (one word to the TM, two tokens to the full-text index) instead of failing', async () => {
    const { api, dir } = setup();
    const file = join(dir, 'h.tmx');
    writeFileSync(
      file,
      `<?xml version="1.0"?><tmx version="1.4"><header srclang="fa"/><body>` +
        `<tu><tuv xml:lang="fa"><seg>همکاری سیاسی-نظامی دو کشور گسترش یافت.</seg></tuv>` +
        `<tuv xml:lang="en"><seg>Political-military cooperation grew.</seg></tuv></tu></body></tmx>`,
    );
    await api.handlers['tm.importFile']({ path: file, name: 'h' }, undefined);
    const tm = api.services.tm;
    expect(tm.concordance('سیاسی-نظامی دو').map((h) => h.target)).toEqual([
      'Political-military cooperation grew.',
    ]);
    expect(tm.concordance('همکاری سیاسی-نظامی').map((h) => h.target)).toEqual([
      'Political-military cooperation grew.',
    ]);
    expect(tm.concordance('political-military', { side: 'target' })).toHaveLength(1);
  });
});
