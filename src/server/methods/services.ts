/** The services the handlers call, as the composition root (create-api.ts) builds them. */
import type { ArticleService } from '../services/article-service';
import type { DocumentsService } from '../services/documents-service';
import type { ReviewService } from '../services/review-service';
import type { ExchangeService } from '../services/exchange-service';
import type { GlossaryService } from '../services/glossary-service';
import type { FindService } from '../services/find-service';
import type { QaService } from '../services/qa-service';
import type { SegmentReviewService } from '../services/segment-review-service';
import type { createSettingsService } from '../services/settings-service';
import type { TmService } from '../services/tm-service';
import type { TmWorkflow } from '../services/tm-workflow';

export interface ApiServices {
  documents: DocumentsService;
  glossary: GlossaryService;
  qa: QaService;
  exchange: ExchangeService;
  article: ArticleService;
  review: ReviewService;
  settings: ReturnType<typeof createSettingsService>;
  tm: TmService;
  tmWorkflow: TmWorkflow;
  find: FindService;
  segmentReview: SegmentReviewService;
  /** Facts about this running API (app.info). */
  info: { version: string; dbPath: string; schemaVersion: number };
}
