import { describe, expect, it } from 'vitest';
import { detectGlossaryFormat } from '../../../../src/core/formats/glossary';
import type { AppError } from '../../../../src/shared/errors';

describe('detectGlossaryFormat', () => {
  it('tells the TBX dialects apart by the root, past the declaration, comments and doctype', () => {
    const v3 = '\ufeff<?xml version="1.0"?>\n<!-- <martif> in a comment -->\n<?xml-model href="x"?>\n<tbx type="TBX-Basic">';
    expect(detectGlossaryFormat(v3, 'terms.xml')).toBe('tbx-basic');
    expect(detectGlossaryFormat('<?xml version="1.0"?><!DOCTYPE martif SYSTEM "x.dtd"><martif>', 'terms.tbx')).toBe('tbx');
  });

  it('uses the extension for tables, and the content when the extension says nothing', () => {
    expect(detectGlossaryFormat('a,b', 'glossary.TSV')).toBe('tsv');
    expect(detectGlossaryFormat('a\tb', 'glossary.csv')).toBe('csv');
    expect(detectGlossaryFormat('سپاه\tIRGC', 'glossary.utf8')).toBe('tsv');
    expect(detectGlossaryFormat('# comment, with comma\nسپاه\tIRGC', 'glossary')).toBe('tsv');
    expect(detectGlossaryFormat('fa;en\nسپاه;IRGC', 'export.dat')).toBe('csv');
  });

  it('refuses what is none of them', () => {
    let err: AppError | undefined;
    try {
      detectGlossaryFormat('just words', 'notes.doc');
    } catch (e) {
      err = e as AppError;
    }
    expect(err?.code).toBe('unsupported_format');
    expect(err?.params).toEqual({ format: 'doc' });
  });
});
