/**
 * The one place Monaco is imported. Only the core API plus the few contributions a translator needs are
 * loaded (no languages, no TypeScript worker): the full bundle is ~25 MB, this is a fraction of it.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/readOnlyMessage/register';
// Quick fixes (Ctrl+.): the spell checker's suggestions and "add to dictionary".
import 'monaco-editor/features/codeAction/register';
// The command palette (Ctrl+Shift+P here; F1 opens Barabar's keyboard reference instead).
import 'monaco-editor/features/quickCommand/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Monaco's own worker fallback breaks in a vite build; plaintext only ever needs the base editor worker.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
export type Monaco = typeof monaco;
