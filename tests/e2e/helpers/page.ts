import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './server';

export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

/** Screenshots that are looked at for a review of the layout (git-ignored, like every test result). */
export const RESULTS = join(ROOT, 'test-results/e2e');

export async function resultShot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Monaco renders spaces as NBSP; compare with ordinary spaces. */
export async function paneText(page: Page, pane: 'source' | 'target'): Promise<string> {
  const text = await page.locator(`[data-testid="${pane}-pane"] .view-lines`).textContent();
  return (text ?? '').replace(/\u00a0/g, ' ');
}

/** Wait until the autosave indicator says everything is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="save-state"][data-state="saved"]', { timeout: 10_000 });
}

/** Open a document at a segment through the URL hash (the app's own routing). */
export async function openSegment(page: Page, documentId: number, segment: number): Promise<void> {
  await page.evaluate(([d, s]) => (window.location.hash = `#/doc/${d}/${s}`), [documentId, segment] as const);
  await page.waitForSelector('[data-testid="target-pane"] .view-line');
}

/** Focus a pane's Monaco input (an EditContext div in Chromium, a textarea elsewhere). */
export async function focusPane(page: Page, pane: 'source' | 'target'): Promise<void> {
  await page.locator(`[data-testid="${pane}-pane"] [role="textbox"]`).first().focus();
}

/**
 * Clicks a toolbar command wherever the toolbar put it: on the bar when it fits, otherwise inside the
 * "⋯" menu it gave way to (the overflow order decides which commands move first).
 */
export async function clickToolbarCommand(page: Page, testId: string): Promise<void> {
  const onBar = page.locator(`[data-testid="${testId}"]`);
  if (!(await onBar.isVisible())) await page.click('[data-testid="toolbar-more"]');
  await onBar.click();
}
