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
import { isConfirmed } from '../../core/workflow/confirmed';
import type { ExportFormat, ExportStatusFilter, LeftOutSegments, SegmentStatus } from '../../shared/model';
import type { Db } from '../db/open';
import { writeOrPreview } from '../db/preview';
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

/**
 * TMX defaults to confirmed segments only: OmegaT and other tools apply a TMX's targets as final
 * translations, so a draft in it would pass as finished work. The other formats carry every segment
 * (their readers keep the status), unless the user asks for confirmed only.
 */
export function defaultStatusFilter(format: ExportFormat): ExportStatusFilter {
  return format === 'tmx' ? 'confirmed' : 'all';
}

/** XLIFF 2 and 1.2 state names to ours; a draft is an "initial" segment that already has a target. */
function statusFromState(state: string | undefined, target: string): SegmentStatus {
  switch (state) {
    case 'translated':
      return 'translated';
    case 'reviewed':
    case 'signed-off':
      return 'reviewed';
    case 'final':
      return 'final';
    default:
      return target.trim() ? 'draft' : 'new';
  }
}

const sameSource = (a: string, b: string): boolean =>
  foldForSearch(a).replace(/\s+/g, '') === foldForSearch(b).replace(/\s+/g, '');

export function createExchangeService(
  db: Db,
  documents: DocumentsService,
  glossary: GlossaryService,
  now: () => string,
  version: string,
) {
  const insertTu = db.prepare(
    `INSERT INTO translation_units (source, source_key, target, src_lang, tgt_lang, origin, props_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_key, target) DO NOTHING`,
  );

  const docsFor = (ids: readonly number[], withHits: boolean, status: ExportStatusFilter): BilingualDoc[] => {
    const matcher = withHits ? glossary.matcher() : undefined;
    return ids.map((id) => {
      const summary = documents.summary(id);
      if (!summary) throw new AppError('not_found', { what: 'document', id });
      // Lazily read: each document's rows are streamed only while the writer consumes them.
      const segments: Iterable<BilingualSegment> = {
        *[Symbol.iterator]() {
          for (const s of documents.iterateSegments(id)) {
            if (status === 'confirmed' && !isConfirmed(s.status)) continue;
            yield matcher ? { ...s, hits: matcher.match(s.source) } : s;
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
    ): Iterable<string> {
      const docs = docsFor(ids, format === 'xliff', status);
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
    importXliff(xml: string, file: string, dryRun = false) {
      const parsed = readXliff(xml, file);
      const plan: { documentId: number; index: number; target: string; status: SegmentStatus }[] = [];
      const mismatched: { unit: string; reason: string }[] = [];
      let unchanged = 0;
      for (const f of parsed.files) {
        const byName = documents.list().find((d) => d.name === f.original || d.name === f.id);
        const byId = /^d\d+$/.test(f.id) ? documents.summary(Number(f.id.slice(1))) : undefined;
        const doc = byName ?? byId;
        if (!doc)
          throw new AppError('parse', {
            file,
            element: 'file',
            reason: `unknown document "${f.original ?? f.id}"`,
          });
        const segs = new Map(documents.segments(doc.id).map((s) => [s.index, s]));
        for (const unit of f.units) {
          for (const seg of unit.segments) {
            const m = /^s?(\d+)$/.exec(seg.id ?? '');
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
            const status = statusFromState(seg.state, target);
            if (target === current.target && status === current.status) {
              unchanged++;
              continue;
            }
            plan.push({ documentId: doc.id, index: current.index, target, status });
          }
        }
      }
      if (!dryRun) {
        db.transaction(() => {
          for (const p of plan) documents.saveTarget(p);
        })();
      }
      return { file, applied: plan.length, unchanged, mismatched, dryRun };
    },

    /** Loads a TMX into the translation-unit store for reuse; all units or none. */
    importTmx(xml: string, file: string, dryRun = false): { file: string; units: number; dryRun: boolean } {
      const parsed = readTmx(xml, file);
      // The reader refuses a TMX whose source is not Persian; "*all*" files name it per variant.
      const srcLang = parsed.srcLang === '*all*' ? 'fa' : parsed.srcLang;
      let units = 0;
      // A preview runs the same inserts and rolls them back: duplicates are counted exactly as on import.
      writeOrPreview(db, dryRun, () => {
        const at = now();
        for (const u of parsed.units) {
          if (!u.source.trim() || !u.target.trim()) continue;
          units += insertTu.run(
            u.source,
            foldForSearch(u.source),
            u.target,
            srcLang,
            'en',
            file,
            JSON.stringify(u.props),
            at,
          ).changes;
        }
      });
      return { file, units, dryRun };
    },
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
