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
import type { QaIssue, QaProfile } from '../../shared/model';
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

  /** Every segment of every document with its term hits: consistency checks need the whole corpus. */
  const corpus = (qaGlossary: QaGlossary): QaSegment[] => {
    const matcher = glossary.matcher();
    const out: QaSegment[] = [];
    for (const doc of documents.list()) {
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
    }
    return out;
  };

  return {
    /**
     * Issues for the given documents (all when omitted); consistency is always judged across all documents.
     * `profile` (default: the stored one) switches checks off and sets severities (`--profile FILE`).
     */
    run(documentIds?: readonly number[], profile: QaProfile = storedProfile()): QaIssue[] {
      // One ref per entry (its English list shared by every hit); the hit's own Persian term is set per hit.
      const qaGlossary = buildQaGlossary(glossary.all());
      const segments = corpus(qaGlossary);
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
