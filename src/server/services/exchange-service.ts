import {
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
import { isConfirmed } from '../../core/workflow/confirmed';
import type {
  ExportFormat,
  ExportStatusFilter,
  LeftOutSegments,
  Segment,
  SegmentStatus,
} from '../../shared/model';
import { statusAfterEdit } from '../../core/segments/status';
import type { Db } from '../db/open';
import { writeOrPreview } from '../db/preview';
import type { DocumentsService } from './documents-service';
import { checkpoint, quietCall, type JobCall } from '../jobs/job-call';
import type { GlossaryService } from './glossary-service';

export const EXPORT_META: Record<ExportFormat, { ext: string; mime: string }> = {
  tmx: { ext: 'tmx', mime: 'application/x-tmx+xml' },
  xliff: { ext: 'xlf', mime: 'application/xliff+xml' },
  xliff12: { ext: 'xlf', mime: 'application/xliff+xml' },
  tsv: { ext: 'tsv', mime: 'text/tab-separated-values' },
  csv: { ext: 'csv', mime: 'text/csv' },
  html: { ext: 'html', mime: 'text/html' },
};

/**
 * TMX defaults to confirmed segments only: OmegaT and other tools apply a TMX's targets as final
 * translations, so a draft in it would pass as finished work. The other formats carry every segment
 * (their readers keep the status), unless the user asks for confirmed only.
 */
export function defaultStatusFilter(format: ExportFormat): ExportStatusFilter {
  return format === 'tmx' ? 'confirmed' : 'all';
}

// Identical text (the usual case for a file we exported) is decided without folding both sides.
const sameSource = (a: string, b: string): boolean =>
  a === b || foldForSearch(a).replace(/\s+/g, '') === foldForSearch(b).replace(/\s+/g, '');

export function createExchangeService(
  db: Db,
  documents: DocumentsService,
  glossary: GlossaryService,
  now: () => string,
  version: string,
  /** Open comments of a document by segment index, written as XLIFF notes. */
  notesOf: (documentId: number) => ReadonlyMap<number, readonly string[]> = () => new Map(),
) {
  const docsFor = (
    ids: readonly number[],
    withHits: boolean,
    status: ExportStatusFilter,
    withNotes: boolean,
    onSegment: () => void,
  ): BilingualDoc[] => {
    const matcher = withHits ? glossary.matcher() : undefined;
    return ids.map((id) => {
      const summary = documents.summary(id);
      if (!summary) throw new AppError('not_found', { what: 'document', id });
      // Lazily read: each document's rows are streamed only while the writer consumes them.
      const segments: Iterable<BilingualSegment> = {
        *[Symbol.iterator]() {
          const notes = withNotes ? notesOf(id) : undefined;
          for (const s of documents.iterateSegments(id)) {
            onSegment();
            if (status === 'confirmed' && !isConfirmed(s.status)) continue;
            const n = notes?.get(s.index);
            const withExtras = n ? { ...s, notes: n } : s;
            yield matcher ? { ...withExtras, hits: matcher.match(s.source) } : withExtras;
          }
        },
      };
      return { id, name: summary.name, segments };
    });
  };

  return {
    chunks(
      ids: readonly number[],
      format: ExportFormat,
      status: ExportStatusFilter = defaultStatusFilter(format),
      /** Called as each segment is read (a job's progress counts them). */
      onSegment: () => void = () => undefined,
    ): Iterable<string> {
      const withNotes = format === 'xliff' || format === 'xliff12';
      const docs = docsFor(ids, format === 'xliff', status, withNotes, onSegment);
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

    /** What a filter leaves out, per document (only documents that lose something). */
    leftOut(ids: readonly number[], status: ExportStatusFilter): LeftOutSegments[] {
      if (status === 'all') return [];
      const out: LeftOutSegments[] = [];
      for (const id of ids) {
        const segments: number[] = [];
        for (const s of documents.iterateSegments(id)) if (!isConfirmed(s.status)) segments.push(s.index + 1);
        if (segments.length > 0) out.push({ document: documents.summary(id)?.name ?? String(id), segments });
      }
      return out;
    },

    fileName(ids: readonly number[], format: ExportFormat): string {
      const first = ids.length === 1 ? documents.summary(ids[0]!)?.name.replace(/\.[^.]+$/, '') : undefined;
      return `${first ?? 'barabar-export'}.${EXPORT_META[format].ext}`;
    },

    /**
     * Applies targets from an XLIFF file. Structure problems (unknown documents or segment ids, wrong
     * languages) reject the whole file; segments whose source changed since export are reported and skipped.
     */
    async importXliff(xml: string, file: string, dryRun = false, call: JobCall = quietCall()) {
      const parsed = readXliff(xml, file);
      const units = parsed.files.reduce((n, f) => n + f.units.length, 0);
      // The last chance to cancel: planned and written in one transaction (below).
      await checkpoint(call, { phase: 'write', done: 0, total: units });
      // Planned and written under one write lock, so no save slips in between; only changed rows are written.
      // A preview runs the same plan and saves, then rolls them back.
      return writeOrPreview(db, dryRun, () => {
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
        call.progress({ phase: 'write', done: units, total: units });
        return { file, applied, unchanged, mismatched, skipped: parsed.skipped, dryRun };
      });
    },
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
