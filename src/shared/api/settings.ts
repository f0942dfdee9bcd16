import { z } from 'zod';
import { method } from './define';

export const uiLanguageSchema = z.enum(['en', 'fa']);

export interface Settings {
  uiLanguage: 'en' | 'fa';
}

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({})),
  'settings.set': method<Settings>()(z.object({ uiLanguage: uiLanguageSchema })),
};
