import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/create-api';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('glossary.export over a real database (issue 13.3)', () => {
  it('offers the OmegaT TSV under a name OmegaT loads', async () => {
    const api = createApi({ dbPath: join(tempDir(), 'g.sqlite') });
    try {
      const tsv = await api.handlers['glossary.export']({ format: 'tsv' });
      expect(tsv.fileName).toBe('barabar-glossary.utf8');
      expect(tsv.mime).toBe('text/tab-separated-values');
      expect(
        (await api.handlers['glossary.export']({ format: 'csv' })).content.startsWith('\ufeff# fa,en,'),
      ).toBe(true);
    } finally {
      api.close();
    }
  });
});
