import {
  readTmx,
  readXliff,
  writeDelimited,
  writeHtml,
  writeTmx,
  writeXliff12,
  writeXliff2,
  type BilingualDoc,
  type BilingualSegment,
} from '../../core/formats/bilingual';
import { foldForSearch } from '../../core/text/normalize';
import { AppError } from '../../shared/errors';
import type { ExportFormat, ImportSkipped, Segment, SegmentStatus } from '../../shared/model';
import { statusAfterEdit } from '../../core/segments/status';
import type { Db } from '../db/open';
import type { TranslationUnitsRepo } from '../db/repos/translation-units-repo';
import { writeTx } from '../db/write';
import type { DocumentsService } from './documents-service';
import type { GlossaryService } from './glossary-service';

export const EXPORT_META: Record<ExportFormat, { ext: string; mime: string }> = {
  tmx: { ext: 'tmx', mime: 'application/x-tmx+xml' },
  xliff: { ext: 'xlf', mime: 'application/xliff+xml' },
  xliff12: { ext: 'xlf', mime: 'application/xliff+xml' },
  tsv: { ext: 'tsv', mime: 'text/tab-separated-values' },
  csv: { ext: 'csv', mime: 'text/csv' },
  html: { ext: 'html', mime: 'text/html' },
};

// Identical text (the usual case for a file we exported) is decided without folding both sides.
const sameSource = (a: string, b: string): boolean =>
  a === b || foldForSearch(a).replace(/\s+/g, '') === foldForSearch(b).replace(/\s+/g, '');

export function createExchangeService(
  db: Db,
  documents: DocumentsService,
  glossary: GlossaryService,
  translationUnits: TranslationUnitsRepo,
  now: () => string,
  version: string,
) {
  const docsFor = (ids: readonly number[], withHits: boolean): BilingualDoc[] => {
    const matcher = withHits ? glossary.matcher() : undefined;
    return ids.map((id) => {
      const summary = documents.summary(id);
      if (!summary) throw new AppError('not_found', { what: 'document', id });
      // Lazily read: each document's rows are streamed only while the writer consumes them.
      const segments: Iterable<BilingualSegment> = {
        *[Symbol.iterator]() {
          for (const s of documents.iterateSegments(id)) {
            yield matcher ? { ...s, hits: matcher.match(s.source) } : s;
          }
        },
      };
      return { id, name: summary.name, segments };
    });
  };

  return {
    chunks(ids: readonly number[], format: ExportFormat): Iterable<string> {
      const docs = docsFor(ids, format === 'xliff');
      const opts = {
        tool: 'Barabar',
        toolVersion: version,
        createdAt: new Date(),
        srcLang: 'fa-IR',
        tgtLang: 'en',
      } as const;
      switch (format) {
        case 'tmx':
          return writeTmx(docs, opts);
        case 'xliff':
          return writeXliff2(docs, opts);
        case 'xliff12':
          return writeXliff12(docs, opts);
        case 'tsv':
        case 'csv':
          return writeDelimited(docs, format);
        case 'html':
          return writeHtml(docs, opts);
      }
    },

    fileName(ids: readonly number[], format: ExportFormat): string {
      const first = ids.length === 1 ? documents.summary(ids[0]!)?.name.replace(/\.[^.]+$/, '') : undefined;
      return `${first ?? 'barabar-export'}.${EXPORT_META[format].ext}`;
    },

    /**
     * Applies targets from an XLIFF file. Structure problems (unknown documents or segment ids, wrong
     * languages) reject the whole file; segments whose source changed since export are reported and skipped.
     */
    importXliff(xml: string, file: string) {
      const parsed = readXliff(xml, file);
      // Planned and written under one write lock, so no save slips in between; only changed rows are written.
      return writeTx(db, () => {
        const plan: {
          documentId: number;
          targets: { index: number; target: string; status: SegmentStatus }[];
        }[] = [];
        const mismatched: { unit: string; reason: string }[] = [];
        let unchanged = 0;
        let applied = 0;
        for (const f of parsed.files) {
          const byName =
            (f.original !== undefined ? documents.findByName(f.original) : undefined) ??
            documents.findByName(f.id);
          const byId = /^d\d+$/.test(f.id) ? documents.summary(Number(f.id.slice(1))) : undefined;
          const doc = byName ?? byId;
          if (!doc)
            throw new AppError('parse', {
              file,
              element: 'file',
              reason: `unknown document "${f.original ?? f.id}"`,
            });
          const segs = new Map<number, Segment>();
          for (const s of documents.iterateSegments(doc.id)) segs.set(s.index, s);
          const targets: { index: number; target: string; status: SegmentStatus }[] = [];
          for (const unit of f.units) {
            for (const seg of unit.segments) {
              const m = (seg.id ?? '').match(/^s?(\d+)$/);
              const current = m ? segs.get(Number(m[1])) : undefined;
              if (!current) {
                throw new AppError('parse', {
                  file,
                  element: 'segment',
                  reason: `unknown segment id "${seg.id}" in ${doc.name}`,
                });
              }
              const where = `${doc.name}#${current.index}`;
              if (!sameSource(seg.source, current.source)) {
                mismatched.push({ unit: where, reason: 'source text differs from the document' });
                continue;
              }
              const target = (seg.target ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ');
              const status = statusAfterEdit(current, target, seg.state);
              if (target === current.target && status === current.status) {
                unchanged++;
                continue;
              }
              targets.push({ index: current.index, target, status });
            }
          }
          plan.push({ documentId: doc.id, targets });
          applied += targets.length;
        }
        for (const p of plan) documents.saveTargets(p.documentId, p.targets);
        return { file, applied, unchanged, mismatched, skipped: parsed.skipped };
      });
    },

    /** Loads a TMX into the translation-unit store for reuse; all units or none. */
    importTmx(xml: string, file: string): { file: string; units: number; skipped: ImportSkipped } {
      const parsed = readTmx(xml, file);
      // The reader refuses a TMX whose source is not Persian; "*all*" files name it per variant.
      const srcLang = parsed.srcLang === '*all*' ? 'fa' : parsed.srcLang;
      let units = 0;
      writeTx(db, () => {
        const at = now();
        for (const u of parsed.units) {
          if (!u.source.trim() || !u.target.trim()) continue;
          units += translationUnits.insert({
            source: u.source,
            sourceKey: foldForSearch(u.source),
            target: u.target,
            srcLang,
            tgtLang: 'en',
            origin: file,
            propsJson: JSON.stringify(u.props),
            at,
          });
        }
      });
      // Units the reader left out (empty, no pair, not a translation) are reported, never silently dropped.
      return { file, units, skipped: parsed.skipped };
    },
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
