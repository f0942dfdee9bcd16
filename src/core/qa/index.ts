export type { CorpusCheck, QaFinding, QaHit, QaRange, QaSegment, QaTermRef, SegmentCheck } from './types';
export { QA_CHECKS, runQa } from './run-qa';
export { findingKey } from './finding-key';
export { englishContains, englishFindAll, type TextRange } from './english-match';
