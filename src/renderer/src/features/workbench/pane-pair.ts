import { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';
import { paneText, type PaneLayout } from './layout';
import { createPane, type Editor } from './panes';
import type { SegmentStore } from './segment-store';

export interface PanePair {
  source: Editor;
  target: Editor;
}

/**
 * The Monaco side of a window: the Persian and English panes over the window's lines, numbered by
 * segment, with real right-to-left layout on every Persian line.
 */
export function createPanePair(
  containers: { source: HTMLElement; target: HTMLElement },
  store: SegmentStore,
  layout: PaneLayout,
): PanePair {
  const { segments } = store;
  const lineNumbers = (line: number): string => {
    const pos = layout.segmentOfLine[line] ?? -1;
    return pos < 0 ? '' : String(pos + 1);
  };
  const source = createPane(containers.source, 'source', {
    value: paneText(layout, (i) => segments[i]?.source ?? ''),
    ariaLabel: t('editor.sourceAria'),
    lineNumbers,
  });
  const target = createPane(containers.target, 'target', {
    value: paneText(layout, (i) => segments[i]?.target ?? ''),
    ariaLabel: t('editor.targetAria'),
    lineNumbers,
  });
  const srcModel = source.getModel()!;
  // One decoration over the whole source gives every line real right-to-left layout.
  srcModel.deltaDecorations(
    [],
    [
      {
        range: srcModel.getFullModelRange(),
        options: {
          textDirection: monaco.editor.TextDirection.RTL,
          stickiness: monaco.editor.TrackedRangeStickiness.AlwaysGrowsWhenTypingAtEdges,
        },
      },
    ],
  );
  return { source, target };
}

/** Labels are translated: set them again after a UI language switch. */
export function relabelPanePair(panes: PanePair): void {
  panes.source.updateOptions({ ariaLabel: t('editor.sourceAria') });
  panes.target.updateOptions({ ariaLabel: t('editor.targetAria') });
}

export function disposePanePair(panes: PanePair): void {
  const models = [panes.source.getModel(), panes.target.getModel()];
  panes.source.dispose();
  panes.target.dispose();
  for (const m of models) m?.dispose();
}
