export type {
  CorpusCheck,
  QaContext,
  QaContextHit,
  QaFinding,
  QaHit,
  QaRange,
  QaSegment,
  QaTermRef,
  SegmentCheck,
} from './types';
export { QA_CHECKS, runQa, type RunQaOptions } from './run-qa';
export { findingKey } from './finding-key';
export { englishContains, englishFindAll, type TextRange } from './english-match';
export { buildQaGlossary, qaHits, type QaGlossary } from './qa-glossary';
export { qaTermRef } from './term-ref';
export {
  buildNameIndex,
  editDistance,
  findMisspellings,
  type Misspelling,
  type NameIndex,
} from './misspelling';
export { completeQaProfile, defaultQaProfile, parseQaProfileFile, serializeQaProfile } from './profile';
