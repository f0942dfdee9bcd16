/** Bilingual exchange formats: writers (string-chunk generators) and readers. */
export type {
  BilingualDoc,
  BilingualSegment,
  DelimitedKind,
  ExportOptions,
  TmxData,
  TmxUnitData,
  XliffData,
  XliffFileData,
  XliffSegmentData,
  XliffUnitData,
} from './model';
export { writeTmx } from './write-tmx';
export { writeXliff2 } from './write-xliff2';
export { writeXliff12 } from './write-xliff12';
export { writeDelimited, unescapeTsvField } from './write-delimited';
export { writeHtml } from './write-html';
export { readXliff } from './read-xliff';
export { readTmx, streamTmx, streamTmxSteps } from './read-tmx';
export { fileId, paragraphId, segmentId, parseFileId, parseParagraphId, parseSegmentId } from './ids';
