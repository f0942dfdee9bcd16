/** The English article built from a translated document, before it is written as txt, html or docx. */

export { UNCONFIRMED_POLICIES, type UnconfirmedPolicy } from '../../../shared/model';

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
