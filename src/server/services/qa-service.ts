import {
  buildQaGlossary,
  completeQaProfile,
  defaultQaProfile,
  findingKey,
  parseQaProfileFile,
  qaHits,
  runQa,
  serializeQaProfile,
  type QaGlossary,
} from '../../core/qa';
import type { QaSegment } from '../../core/qa/types';
import type { DocumentSummary, QaIssue, QaProfile } from '../../shared/model';
import type { Matcher } from '../../core/glossary';
import { checkpoint, type JobCall } from '../jobs/job-call';
import type { Db } from '../db/open';
import type { QaIgnoredRepo } from '../db/repos/qa-ignored-repo';
import type { QaProfileRepo } from '../db/repos/qa-profile-repo';
import type { ExportedFile } from '../../shared/api/common';
import { writeTx } from '../db/write';
import type { DocumentsService } from './documents-service';
import type { GlossaryService } from './glossary-service';

export function createQaService(
  db: Db,
  documents: DocumentsService,
  glossary: GlossaryService,
  ignoredRepo: QaIgnoredRepo,
  profileRepo: QaProfileRepo,
  now: () => string,
) {
  /** The stored profile over the defaults; rows of checks this version no longer has are left out. */
  const storedProfile = (): QaProfile => {
    const known = defaultQaProfile().checks;
    const rows = Object.entries(profileRepo.all()).filter(([id]) => id in known);
    return completeQaProfile({ checks: Object.fromEntries(rows) });
  };
  const saveProfile = (profile: QaProfile): QaProfile => {
    const complete = completeQaProfile(profile);
    writeTx(db, () => profileRepo.replace(complete.checks));
    return complete;
  };

  /** One document's segments with their term hits. */
  const segmentsOf = (qaGlossary: QaGlossary, matcher: Matcher, doc: DocumentSummary): QaSegment[] => {
    const out: QaSegment[] = [];
    for (const seg of documents.iterateSegments(doc.id)) {
      const { hits, contexts } = qaHits(qaGlossary, matcher, seg.source);
      out.push({
        documentId: doc.id,
        document: doc.name,
        index: seg.index,
        source: seg.source,
        target: seg.target,
        status: seg.status,
        hits,
        contexts,
      });
    }
    return out;
  };

  /** The checks over the whole corpus (consistency needs every document), reported for the wanted ones. */
  const findings = (
    segments: QaSegment[],
    qaGlossary: QaGlossary,
    documentIds: readonly number[] | undefined,
    profile: QaProfile | undefined,
  ): QaIssue[] => {
    const bySegment = new Map(segments.map((s) => [`${s.documentId}#${s.index}`, s]));
    const ignored = ignoredRepo.keys();
    const wanted = documentIds && documentIds.length > 0 ? new Set(documentIds) : undefined;
    return runQa(segments, { names: qaGlossary.names, profile })
      .filter((f) => !wanted || wanted.has(f.documentId))
      .map((f) => {
        const seg = bySegment.get(`${f.documentId}#${f.segment}`);
        const key = seg ? findingKey(f, seg) : `${f.check}:${f.documentId}:${f.segment}`;
        return { ...f, key, ignored: ignored.has(key) };
      });
  };

  return {
    /**
     * Issues for the given documents (all when omitted); consistency is always judged across all documents.
     * `profile` (default: the stored one) switches checks off and sets severities (`--profile FILE`).
     */
    run(documentIds?: readonly number[], profile: QaProfile = storedProfile()): QaIssue[] {
      // One ref per entry (its English list shared by every hit); the hit's own Persian term is set per hit.
      const qaGlossary = buildQaGlossary(glossary.all());
      const matcher = glossary.matcher();
      const segments = documents.list().flatMap((doc) => segmentsOf(qaGlossary, matcher, doc));
      return findings(segments, qaGlossary, documentIds, profile);
    },

    /** run() as a job: reads the corpus a document at a time between checkpoints, then checks it. */
    async runJob(
      documentIds: readonly number[] | undefined,
      profile: QaProfile = storedProfile(),
      call: JobCall,
    ): Promise<QaIssue[]> {
      const docs = documents.list();
      await checkpoint(call, { phase: 'read', done: 0, total: docs.length });
      const qaGlossary = buildQaGlossary(glossary.all());
      const matcher = glossary.matcher();
      const segments: QaSegment[] = [];
      for (const [i, doc] of docs.entries()) {
        await checkpoint(call, { phase: 'read', done: i, total: docs.length });
        segments.push(...segmentsOf(qaGlossary, matcher, doc));
      }
      // The checks run over the corpus in one go: cross-document consistency cannot be split.
      await checkpoint(call, { phase: 'check', done: 0, total: 1 });
      const issues = findings(segments, qaGlossary, documentIds, profile);
      call.progress({ phase: 'check', done: 1, total: 1 });
      return issues;
    },

    profile: storedProfile,

    /** Stores a whole profile (checks it leaves out are stored at their defaults); unknown ids are refused. */
    setProfile: saveProfile,

    /** The stored profile as the small JSON file a team shares. */
    exportProfile(): ExportedFile {
      return {
        fileName: 'qa-profile.json',
        mime: 'application/json',
        content: serializeQaProfile(storedProfile()),
      };
    },

    /** Replaces the stored profile with an exported file's; a bad file names the file and the field. */
    importProfile(text: string, fileName: string): QaProfile {
      return saveProfile(parseQaProfileFile(text, fileName));
    },

    setIgnored(key: string, ignored: boolean): { key: string; ignored: boolean } {
      writeTx(db, () => (ignored ? ignoredRepo.ignore(key, now()) : ignoredRepo.unignore(key)));
      return { key, ignored };
    },
  };
}

export type QaService = ReturnType<typeof createQaService>;
