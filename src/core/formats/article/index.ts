/** The English article: built from a document's segments, written as plain text or HTML (docx is in server/formats). */
export type { Article, ArticleParagraph, ArticlePart, UnconfirmedPolicy } from './model';
export { UNCONFIRMED_POLICIES } from './model';
export { buildArticle } from './build-article';
export { looksLikeHeadline } from './headline';
export { writeArticleTxt, paragraphText, markSourceTxt } from './write-txt';
export { writeArticleHtml, type ArticleHtmlOptions } from './write-html';
