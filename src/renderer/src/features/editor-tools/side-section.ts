import type { SegmentStore } from '../workbench/segment-store';

/** A section of the editor's side panel, told about the active segment on every change of it. */
export interface SideSection {
  readonly el: HTMLElement;
  render(store: SegmentStore, pos: number): void;
  reset(): void;
}
