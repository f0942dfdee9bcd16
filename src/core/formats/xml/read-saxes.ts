/**
 * The saxes-driven reader: what every file went through before scanner.ts existed. It still reads files
 * whose XML declaration names another version than 1.0 (XML 1.1 has other line ends and characters, which
 * the scanner does not implement) or that the scanner's strict check of the declaration does not accept,
 * so saxes reports those declarations' errors in its own words. The tests use it as the oracle the
 * scanner must agree with, and bench/xml-read.ts as the "before" figure.
 *
 * Keep the number of handlers at six or fewer: saxes stores each one as a new property on the parser, and
 * with eight of them V8 turned the parser into a slow dictionary object; parsing became 4x slower
 * (measured). So errors are caught around write() instead of an 'error' handler.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { AppError } from '../../../shared/errors';
import { TreeBuilder } from './tree-builder';
import type { BuildOptions } from './tree-builder';

const ENTITY_DECL = /<!ENTITY/i;

/**
 * Parses `pieces` (the first one without its byte-order mark) into `build`, yielding after each piece.
 * `whole` is the document when it is one string, for naming an undefined entity in an error.
 */
export function* saxesRun(
  pieces: Iterable<string>,
  file: string,
  opts: BuildOptions,
  whole: string | undefined,
): Generator<void, TreeBuilder> {
  // Namespaces are resolved by TreeBuilder rather than by saxes (xmlns: true): that mode doubled parse
  // time on Persian TMX files, and readers only need each element's local name and namespace URI.
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let startLine = 1;
  let startColumn = 1;
  const fail = (reason: string, line = parser.line): never => {
    throw new AppError('parse', { file, line, reason });
  };
  const builder = new TreeBuilder(opts, (reason, at) =>
    fail(reason, at === 'start' ? startLine : parser.line),
  );

  parser.on('doctype', (text: string) => {
    // The internal subset is the only place an entity can be declared; we never expand any.
    if (ENTITY_DECL.test(text)) fail('entity declarations are not allowed');
  });
  parser.on('opentagstart', (tag) => {
    // saxes reports this right after the name, so the `<` sits name.length + 1 columns back.
    startLine = parser.line;
    startColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    // saxes builds a fresh null-prototype object per tag: it is reused rather than copied.
    builder.open(tag.name, tag.attributes, startLine, startColumn);
  });
  parser.on('closetag', () => builder.close());
  const onText = (text: string): void => builder.text(text);
  parser.on('text', onText);
  parser.on('cdata', onText);

  let lastChunk = '';
  try {
    for (const piece of pieces) {
      lastChunk = piece;
      parser.write(piece);
      yield;
    }
    parser.close();
  } catch (err) {
    if (err instanceof AppError) throw err;
    fail(
      cleanMessage(
        err instanceof Error ? err.message : String(err),
        whole ?? lastChunk,
        whole === undefined ? 0 : parser.line,
      ),
    );
  }
  return builder;
}

/** saxes prefixes "line:column: " and says "undefined entity." without the name; name it for the user. */
function cleanMessage(message: string, xml: string, line: number): string {
  const reason = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  if (reason === 'undefined entity') {
    const text = lineText(xml, line);
    const unknown = [...text.matchAll(/&([^\s&;#]+);/g)]
      .map((m) => m[1])
      .find((n) => n !== undefined && !PREDEFINED.has(n));
    if (unknown !== undefined) return `undefined entity &${unknown};`;
  }
  return reason;
}

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

function lineText(xml: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line && start !== -1; i++) {
    start = xml.indexOf('\n', start);
    if (start !== -1) start++;
  }
  if (start === -1) return '';
  const end = xml.indexOf('\n', start);
  return xml.slice(start, end === -1 ? undefined : end);
}
