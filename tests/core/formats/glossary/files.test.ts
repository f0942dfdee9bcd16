import { describe, expect, it } from 'vitest';
import { detectGlossaryFormat } from '../../../../src/core/formats/glossary';
import { GLOSSARY_FILES, glossaryFileName } from '../../../../src/core/formats/glossary/files';
import { GLOSSARY_FORMATS } from '../../../../src/shared/model';

describe('glossary export files (issue 13.3)', () => {
  it('names the OmegaT TSV with an extension OmegaT 3.6 loads (.txt, .utf8, .tab), UTF-8 by name', () => {
    expect(glossaryFileName('tsv')).toBe('barabar-glossary.utf8');
    expect(['txt', 'utf8', 'tab']).toContain(GLOSSARY_FILES.tsv.ext);
    expect(GLOSSARY_FILES.tsv.tools).toContain('OmegaT');
  });

  it('gives every format a name our own importer recognises as that format', () => {
    for (const format of GLOSSARY_FORMATS) {
      const name = glossaryFileName(format);
      // Content decides between the TBX dialects; for the table formats the name alone must do.
      const detected = detectGlossaryFormat(format.startsWith('tbx') ? '<martif/>' : 'x', name);
      expect(detected.startsWith('tbx') ? 'tbx' : detected, name).toBe(format.startsWith('tbx') ? 'tbx' : format);
      expect(GLOSSARY_FILES[format].mime).toMatch(/^(text|application)\//);
    }
  });
});
