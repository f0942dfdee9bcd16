import { isApiCallError } from '../api/api-call-error';
import { isolateParams, t } from './i18n';

/** Every error shown to a user goes through `errors.<code>` with its parameters. */
export function errorMessage(err: unknown): string {
  if (isApiCallError(err)) {
    const params: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(err.params)) params[k] = v == null ? '' : v;
    const isolated = isolateParams(params);
    return t(`errors.${err.code}`, { defaultValue: t('errors.internal', isolated), ...isolated });
  }
  return t('errors.internal', { message: err instanceof Error ? err.message : String(err) });
}
