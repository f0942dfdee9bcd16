/**
 * The shipped termbase and the four corpus reports as the QA service sees them: entries parsed from
 * glossary/barabar.termbase (ids by position), the real matcher and QA glossary, and every report cut into
 * segments with segmentText, as the app imports them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMatcher, matcherTermsFromEntries, type Matcher } from '../../../src/core/glossary';
import { parseTermbaseFile } from '../../../src/core/glossary/termbase-file';
import { buildQaGlossary, qaHits, type QaGlossary, type QaSegment } from '../../../src/core/qa';
import { segmentText } from '../../../src/core/text/segment';
import type { Entry, SegmentStatus } from '../../../src/shared/model';
import { REFERENCE_TRANSLATION } from './reference-translation';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface ShippedGlossary {
  entries: Entry[];
  matcher: Matcher;
  qa: QaGlossary;
}

let shipped: ShippedGlossary | undefined;

export function shippedGlossary(): ShippedGlossary {
  if (!shipped) {
    const file = join(root, 'glossary/barabar.termbase');
    const entries = parseTermbaseFile(readFileSync(file, 'utf8'), file).map((e, i): Entry => ({
      ...e.entry,
      id: i + 1,
      createdAt: '',
      createdBy: '',
      modifiedAt: '',
      modifiedBy: '',
    }));
    shipped = {
      entries,
      matcher: buildMatcher(matcherTermsFromEntries(entries)),
      qa: buildQaGlossary(entries),
    };
  }
  return shipped;
}

export interface CorpusDocument {
  id: number;
  name: string;
  sources: string[];
}

export function corpusDocuments(): CorpusDocument[] {
  const dir = join(root, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name, i) => ({
      id: i + 1,
      name,
      sources: segmentText(readFileSync(join(dir, name), 'utf8'), 'fa').map((s) => s.text),
    }));
}

export function qaSegment(
  doc: Pick<CorpusDocument, 'id' | 'name'>,
  index: number,
  source: string,
  target: string,
  status: SegmentStatus = 'translated',
): QaSegment {
  const g = shippedGlossary();
  const { hits, contexts } = qaHits(g.qa, g.matcher, source);
  return { documentId: doc.id, document: doc.name, index, source, target, status, hits, contexts };
}

/** Every segment of the four reports with its reference translation (reference-translation.ts). */
export function referenceSegments(): QaSegment[] {
  return corpusDocuments().flatMap((doc) => {
    const targets = REFERENCE_TRANSLATION[doc.name] ?? [];
    return doc.sources.map((source, i) => qaSegment(doc, i, source, targets[i] ?? ''));
  });
}
