import type { Settings } from '../../../../shared/api';
import type { RendererApiClient } from '../../api/client';

export type TmSettings = Pick<Settings, 'tmThreshold' | 'tmPropagateAll'>;

/** Choices of the match panel's threshold (the lowest shown score). */
export const THRESHOLDS = [50, 60, 70, 75, 80, 85, 90, 95, 100] as const;

/**
 * The translation-memory settings (match threshold, repetitions in every document), read once and saved
 * through settings.set so they outlive the session.
 */
export class TmSettingsStore {
  private loaded: Promise<TmSettings> | null = null;

  constructor(private readonly api: RendererApiClient) {}

  get(): Promise<TmSettings> {
    this.loaded ??= this.api
      .call('settings.get', {})
      .then((s) => ({ tmThreshold: s.tmThreshold, tmPropagateAll: s.tmPropagateAll }));
    return this.loaded;
  }

  async set(patch: Partial<TmSettings>): Promise<TmSettings> {
    const saved = await this.api.call('settings.set', patch);
    const next = { tmThreshold: saved.tmThreshold, tmPropagateAll: saved.tmPropagateAll };
    this.loaded = Promise.resolve(next);
    return next;
  }
}
