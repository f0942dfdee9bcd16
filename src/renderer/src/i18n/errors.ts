import { isApiCallError } from '../api/api-call-error';
import { t } from './i18n';

/** Every error shown to a user goes through `errors.<code>` with its parameters. */
export function errorMessage(err: unknown): string {
  if (isApiCallError(err)) {
    const params: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(err.params)) params[k] = v == null ? '' : v;
    return t(`errors.${err.code}`, { defaultValue: t('errors.internal', params), ...params });
  }
  return t('errors.internal', { message: err instanceof Error ? err.message : String(err) });
}
