import type { RendererApiClient } from '../../../api/client';
import { h } from '../../../ui/dom';
import { toastError } from '../../../ui/toast';

/**
 * Reviewer mode: Ctrl+Enter signs a confirmed segment off (translated → reviewed → final, the rule in
 * core/editor/statuses) instead of confirming it. A toolbar toggle stored in the database settings, so the
 * browser and the Electron window (and a second browser) agree on it.
 */
export class ReviewerToggle {
  readonly button: HTMLButtonElement;
  private on = false;

  constructor(
    private readonly api: RendererApiClient,
    private readonly changed: (on: boolean, byUser: boolean) => void,
  ) {
    this.button = h('button', {
      class: 'btn btn-ghost',
      i18n: 'editorTools.review.mode',
      i18nTitle: 'editorTools.review.modeHint',
      attrs: { type: 'button', 'data-testid': 'reviewer-mode' },
      on: { click: () => this.set(!this.on) },
    });
    this.render();
  }

  /** Read the stored mode; quietly, since nothing was toggled by the user. */
  async load(): Promise<void> {
    try {
      const s = await this.api.call('settings.get', {});
      this.on = s.reviewerMode;
      this.render();
      this.changed(this.on, false);
    } catch (err) {
      toastError(err);
    }
  }

  isOn(): boolean {
    return this.on;
  }

  set(on: boolean): void {
    this.on = on;
    this.render();
    this.changed(on, true);
    this.api.call('settings.set', { reviewerMode: on }).catch(toastError);
  }

  private render(): void {
    this.button.setAttribute('aria-pressed', String(this.on));
    document.body.classList.toggle('reviewer-mode', this.on);
  }
}
