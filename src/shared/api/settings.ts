import { z } from 'zod';
import { method } from './define';

export const uiLanguageSchema = z.enum(['en', 'fa']);

export interface Settings {
  uiLanguage: 'en' | 'fa';
  /** Lowest score (%) the match panel shows. */
  tmThreshold: number;
  /** A confirmed segment's repetitions are filled in every document, not only the open one. */
  tmPropagateAll: boolean;
}

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({})),
  // A patch: each field is optional, the rest keep their saved values.
  'settings.set': method<Settings>()(
    z.object({
      uiLanguage: uiLanguageSchema.optional(),
      tmThreshold: z.number().int().min(1).max(100).optional(),
      tmPropagateAll: z.boolean().optional(),
    }),
  ),
};
