export { adaptTarget, type AdaptReason, type Adaptation, type AdaptInput } from './adapt';
export { addBands, bandOf, BANDS, countBands, emptyBands, wordCount } from './bands';
export type { AnalysedSegment, Band, BandCount } from './bands';
export { pickQueryTerms, queryTerms, type TermFrequency } from './candidates';
export { diffFromOps, diffSources, type DiffKind, type DiffPart } from './diff';
export { alignWords, scoreFromDistance, tmScore, wordDistance } from './score';
export type { AlignKind, AlignOp, Alignment } from './score';
export {
  exactHash,
  exactHashOfKeys,
  exactKey,
  tmKeys,
  tmKeysInto,
  tmText,
  type TmText,
  type TmWord,
} from './words';
export { FuzzyIndex, type CandidateOptions, type IndexRow, type RankedCandidate } from './fuzzy-index';
export { queryShape, ScoreBound, type QueryShape } from './bound';
export { FuzzyIndexBuilder } from './fuzzy-index-builder';
export { findSpelled, type TextRange } from './concordance';
export { PhraseFinder, phraseWordSets } from './phrase';
export { bareKey, WordTable } from './word-table';
export { IdScorer } from './id-score';
export { lookupStillHolds } from './lookup-holds';
