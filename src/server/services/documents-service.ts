import { hasVisibleText } from '../../core/text/visible';
import { decodeText } from '../../core/text/encoding';
import { segmentText } from '../../core/text/segment';
import { AppError } from '../../shared/errors';
import { FILE_LIMITS, formatLimit, LIMITS } from '../../shared/limits';
import type { DocumentDetail, DocumentSummary, Segment, SegmentStatus } from '../../shared/model';
import { statusAfterEdit } from '../../core/segments/status';
import type { Db } from '../db/open';
import type { DocumentsRepo } from '../db/repos/documents-repo';
import { writeTx } from '../db/write';

/** The one limit policy (shared/limits.ts), read here so every door refuses the same files. */
export const MAX_DOCUMENT_BYTES = FILE_LIMITS.report;
export const MAX_SEGMENT_CHARS = LIMITS.segmentChars;

export interface IncomingFile {
  /** Display name (base name of the file). */
  name: string;
  /** Path or name to cite in errors. */
  file: string;
  /** Plain text as read; Word and HTML sources arrive already turned into text (server/formats/source-text). */
  bytes: Uint8Array;
}

export interface ImportResult {
  document: DocumentSummary;
  status: 'imported' | 'unchanged';
  encoding: string;
}

/** A file decoded, checked and segmented: ready to be written. */
export interface Prepared {
  incoming: IncomingFile;
  sha256: string;
  encoding: string;
  text: string;
  segments: ReturnType<typeof segmentText>;
}

export function prepareFile(incoming: IncomingFile): Prepared {
  const { file, bytes } = incoming;
  if (bytes.byteLength > MAX_DOCUMENT_BYTES)
    throw new AppError('file_too_large', { file, limit: formatLimit(MAX_DOCUMENT_BYTES) });
  const decoded = decodeText(bytes, file);
  // Only ZWNJs, bidi marks or BOMs is as empty as nothing (issue 13.16).
  if (!hasVisibleText(decoded.text)) throw new AppError('file_empty', { file });
  const segments = segmentText(decoded.text, 'fa');
  const long = segments.find((s) => s.text.length > MAX_SEGMENT_CHARS);
  if (long) {
    const line = decoded.text.slice(0, long.start).split('\n').length;
    throw new AppError('parse', {
      file,
      line,
      reason: `a sentence of ${long.text.length} characters exceeds the ${MAX_SEGMENT_CHARS}-character segment limit`,
    });
  }
  // Loaded on the first import, not by `barabar list` (bench/cli-startup.ts).
  const sha256 = process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(decoded.text)
    .digest('hex');
  return { incoming, sha256, encoding: decoded.encoding, text: decoded.text, segments };
}

export function createDocumentsService(db: Db, repo: DocumentsRepo, now: () => string) {
  const requireSegment = (documentId: number, index: number): Segment => {
    const seg = repo.segment(documentId, index);
    if (!seg) {
      if (!repo.summary(documentId)) throw new AppError('not_found', { what: 'document', id: documentId });
      throw new AppError('not_found', { what: 'segment', id: `${documentId}#${index}` });
    }
    return seg;
  };

  return {
    list: (): DocumentSummary[] => repo.list(),

    get(id: number): DocumentDetail {
      const doc = repo.detail(id);
      if (!doc) throw new AppError('not_found', { what: 'document', id });
      return doc;
    },

    /** Resolves a CLI argument: a numeric id or a document's file name. */
    resolve(ref: string): DocumentSummary {
      const byId = /^\d+$/.test(ref) ? repo.summary(Number(ref)) : undefined;
      const byName = repo.findByName(ref) ?? repo.findByName(ref.split(/[\\/]/).pop() ?? ref);
      const found = byId ?? (byName && repo.summary(byName.id));
      if (!found) throw new AppError('not_found', { what: 'document', id: ref });
      return found;
    },

    /**
     * All-or-nothing: every file is decoded, segmented and checked before anything is written, and the
     * writes share one transaction. Same name and same text → unchanged; same name, other text → refused.
     */
    importFiles(files: readonly IncomingFile[]): ImportResult[] {
      return this.importPrepared(files.map(prepareFile));
    },

    /** The write half of importFiles, for a job that prepared the files itself between checkpoints. */
    importPrepared(prepared: readonly Prepared[]): ImportResult[] {
      const seen = new Map<string, string>();
      for (const p of prepared) {
        const prev = seen.get(p.incoming.name);
        if (prev !== undefined && prev !== p.sha256) {
          throw new AppError('document_changed', { file: p.incoming.file, id: p.incoming.name });
        }
        seen.set(p.incoming.name, p.sha256);
      }
      return writeTx(db, () =>
        prepared.map((p): ImportResult => {
          const sameName = repo.findByName(p.incoming.name);
          if (sameName && sameName.sha256 !== p.sha256) {
            throw new AppError('document_changed', { file: p.incoming.file, id: sameName.id });
          }
          const existing = sameName ?? repo.findBySha(p.sha256);
          if (existing)
            return { document: repo.summary(existing.id)!, status: 'unchanged', encoding: p.encoding };
          const id = repo.insert(
            { name: p.incoming.name, sha256: p.sha256, encoding: p.encoding, text: p.text },
            p.segments,
            now(),
          );
          return { document: repo.summary(id)!, status: 'imported', encoding: p.encoding };
        }),
      );
    },

    remove(id: number): boolean {
      return writeTx(db, () => repo.remove(id));
    },

    saveTarget(input: {
      documentId: number;
      index: number;
      target: string;
      status?: SegmentStatus | undefined;
    }): Segment {
      return writeTx(db, () => {
        const seg = requireSegment(input.documentId, input.index);
        const status = statusAfterEdit(seg, input.target, input.status);
        repo.saveTarget(input.documentId, input.index, input.target, status, now());
        return requireSegment(input.documentId, input.index);
      });
    },

    /**
     * Targets for many segments of one document in the caller's transaction (an XLIFF import): statuses are
     * decided by the caller with the same rule, and only the segment rows are written.
     */
    saveTargets(
      documentId: number,
      targets: readonly { index: number; target: string; status: SegmentStatus }[],
    ): number {
      return writeTx(db, () => repo.saveTargets(documentId, targets, now()));
    },

    saveSource(input: { documentId: number; index: number; source: string }): Segment {
      return writeTx(db, () => {
        requireSegment(input.documentId, input.index);
        repo.saveSource(input.documentId, input.index, input.source, now());
        return requireSegment(input.documentId, input.index);
      });
    },

    /** A document by its file name, without listing every document. */
    findByName: (name: string): DocumentSummary | undefined => {
      const found = repo.findByName(name);
      return found && repo.summary(found.id);
    },

    segments: (id: number): Segment[] => {
      if (!repo.summary(id)) throw new AppError('not_found', { what: 'document', id });
      return repo.segments(id);
    },
    iterateSegments: (id: number) => repo.iterateSegments(id),
    summary: (id: number) => repo.summary(id),
    text: (id: number) => repo.text(id),
    allIds: () => repo.allIds(),
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
