import type { ApiServices } from './services';
import type { HandlersFor } from './types';

export function appHandlers(services: ApiServices): HandlersFor<'app'> {
  return { 'app.info': () => ({ ...services.info }) };
}
