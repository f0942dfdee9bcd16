/**
 * The finished English article of one document, as .txt, .docx or .html. Unless the caller chose what to
 * do with unconfirmed segments, an article with any is refused and the error lists them, so a half-done
 * translation never leaves as if it were finished.
 */
import {
  buildArticle,
  writeArticleHtml,
  writeArticleTxt,
  type UnconfirmedPolicy,
} from '../../core/formats/article';
import { AppError } from '../../shared/errors';
import type { ArticleFormat } from '../../shared/model';
import { writeArticleDocx } from '../formats/word-article';
import type { DocumentsService } from './documents-service';

export const ARTICLE_META: Record<ArticleFormat, { ext: string; mime: string }> = {
  txt: { ext: 'en.txt', mime: 'text/plain' },
  docx: { ext: 'en.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  'html-target': { ext: 'en.html', mime: 'text/html' },
};

export interface ArticleFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  /** 1-based numbers of segments not confirmed, and of those left out of the text. */
  unconfirmed: number[];
  omitted: number[];
}

const list = (ns: readonly number[]): string =>
  ns.length > 30 ? `${ns.slice(0, 30).join(', ')} … (${ns.length})` : ns.join(', ');

export function createArticleService(documents: DocumentsService, version: string) {
  return {
    async export(documentId: number, format: ArticleFormat, policy: UnconfirmedPolicy): Promise<ArticleFile> {
      const summary = documents.summary(documentId);
      if (!summary) throw new AppError('not_found', { what: 'document', id: documentId });
      const article = buildArticle(documents.iterateSegments(documentId), policy);
      if (policy === 'refuse' && article.unconfirmed.length > 0) {
        throw new AppError('unconfirmed_segments', {
          document: summary.name,
          count: article.unconfirmed.length,
          segments: list(article.unconfirmed),
        });
      }
      const base = summary.name.replace(/\.[^.]+$/u, '');
      const generator = `Barabar ${version}`;
      const bytes =
        format === 'docx'
          ? await writeArticleDocx(article, { name: summary.name, creator: generator })
          : new TextEncoder().encode(
              format === 'txt'
                ? writeArticleTxt(article)
                : writeArticleHtml(article, { name: summary.name, generator }),
            );
      return {
        fileName: `${base}.${ARTICLE_META[format].ext}`,
        mime: ARTICLE_META[format].mime,
        bytes,
        unconfirmed: article.unconfirmed,
        omitted: article.omitted,
      };
    },
  };
}

export type ArticleService = ReturnType<typeof createArticleService>;
