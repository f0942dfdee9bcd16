/** The services the handlers call, as the composition root (create-api.ts) builds them. */
import type { DocumentsService } from '../services/documents-service';
import type { ExchangeService } from '../services/exchange-service';
import type { GlossaryService } from '../services/glossary-service';
import type { FindService } from '../services/find-service';
import type { QaService } from '../services/qa-service';
import type { ReviewService } from '../services/review-service';
import type { createSettingsService } from '../services/settings-service';

export interface ApiServices {
  documents: DocumentsService;
  glossary: GlossaryService;
  qa: QaService;
  exchange: ExchangeService;
  settings: ReturnType<typeof createSettingsService>;
  find: FindService;
  review: ReviewService;
  /** Facts about this running API (app.info). */
  info: { version: string; dbPath: string; schemaVersion: number };
}
