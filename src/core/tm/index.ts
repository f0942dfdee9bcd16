export { adaptTarget, type AdaptReason, type Adaptation, type AdaptInput } from './adapt';
export { addBands, bandOf, BANDS, countBands, emptyBands, wordCount } from './bands';
export type { AnalysedSegment, Band, BandCount } from './bands';
export { pickQueryTerms, queryTerms, type TermFrequency } from './candidates';
export { diffFromOps, diffSources, type DiffKind, type DiffPart } from './diff';
export { alignWords, scoreFromDistance, tmScore, wordDistance } from './score';
export type { AlignKind, AlignOp, Alignment } from './score';
export { exactHash, exactKey, tmKeys, tmText, type TmText, type TmWord } from './words';
