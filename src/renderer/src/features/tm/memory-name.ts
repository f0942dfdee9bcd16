/** A reference memory's default name: its file's name without the extension. */
export function memoryNameOf(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.tmx$/i, '')
    .trim();
  return (base || 'memory').slice(0, 100);
}
