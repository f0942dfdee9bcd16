/** The English article built from a translated document, before it is written as txt, html or docx. */

/**
 * What to do with a segment that is not confirmed: refuse the export (the default, so nothing half-done
 * leaves by accident), leave it out, keep its draft, or put the Persian source in a marked span.
 */
export const UNCONFIRMED_POLICIES = ['refuse', 'omit', 'draft', 'source'] as const;
export type UnconfirmedPolicy = (typeof UNCONFIRMED_POLICIES)[number];

/** A run of English, or a Persian source sentence standing in for a missing translation. */
export type ArticlePart = { kind: 'text'; text: string } | { kind: 'source'; text: string };

export interface ArticleParagraph {
  /** The source paragraph it renders (the segmenter's paragraph number). */
  paragraph: number;
  parts: ArticlePart[];
}

export interface Article {
  /** The first paragraph, when it reads as a headline; it is then not repeated in `paragraphs`. */
  title?: ArticleParagraph;
  paragraphs: ArticleParagraph[];
  /** 1-based numbers of the segments that were not confirmed (whatever the policy did with them). */
  unconfirmed: number[];
  /** 1-based numbers of the segments left out of the text. */
  omitted: number[];
}
