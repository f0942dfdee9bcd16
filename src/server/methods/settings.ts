import type { ApiServices } from './services';
import type { HandlersFor } from './types';

export function settingsHandlers({ settings }: ApiServices): HandlersFor<'settings'> {
  return {
    'settings.get': () => settings.get(),
    'settings.set': (i) => settings.set(i),
  };
}
