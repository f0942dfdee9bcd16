/**
 * Stable ids written into XLIFF so an import finds its segments again: file "d<documentId>",
 * unit/group "p<paragraph>", segment/trans-unit "s<index>". XML NMTOKENs, unique within a file.
 */
export const fileId = (documentId: number): string => `d${documentId}`;
export const paragraphId = (paragraph: number): string => `p${paragraph}`;
export const segmentId = (index: number): string => `s${index}`;

const number = (prefix: string, id: string): number | undefined => {
  const m = new RegExp(`^${prefix}(0|[1-9][0-9]{0,14})$`).exec(id);
  return m?.[1] === undefined ? undefined : Number(m[1]);
};

/** Document id from "d12", or undefined for ids Barabar did not write. */
export const parseFileId = (id: string): number | undefined => number('d', id);
export const parseParagraphId = (id: string): number | undefined => number('p', id);
/** Segment index from "s3", or undefined. */
export const parseSegmentId = (id: string): number | undefined => number('s', id);
