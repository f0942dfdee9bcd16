/**
 * Lines and columns of positions in the scanner's text (scanner.ts), counted as saxes counts them: a
 * line end counts on the line it ends; "\r\n", "\r" and "\n" are one line end each; a column counts
 * characters, so a character beyond U+FFFF (two UTF-16 units) counts once.
 *
 * Positions are asked for in increasing order (element starts), so counting runs forward once over the
 * text, jumping from line end to line end with indexOf; an error before the last position counted
 * counts back.
 */

/** "None in this text" for a cached position; -1 means "not looked up yet". */
const NONE = Number.MAX_SAFE_INTEGER;
const CR = 0x0d;
const NL = 0x0a;

export class LineCounter {
  private buf = '';
  /** Everything before `lnPos` has been counted. */
  private lnPos = 0;
  private line = 1;
  private lineStart = 0;
  /** High surrogates between lineStart and highsTo. */
  private lineHighs = 0;
  private highsTo = 0;
  /** Position of the first surrogate pair (the scanner finds them while checking characters); NONE while none. */
  private firstHigh = NONE;
  private nextNl = -1;
  private nextCr = -1;

  setText(buf: string): void {
    this.buf = buf;
  }

  /** The text before `cut` is dropped and `buf` is what remains plus what came: positions move back. */
  rebase(cut: number, buf: string): void {
    // Lines are counted before the text that holds them is dropped.
    if (this.lnPos < cut) this.advance(cut);
    this.buf = buf;
    this.lnPos -= cut;
    this.lineStart -= cut;
    this.highsTo -= cut;
    if (this.firstHigh !== NONE) this.firstHigh = Math.max(0, this.firstHigh - cut);
    this.nextNl = this.nextCr = -1;
  }

  /** The scanner met a surrogate pair at `at`. */
  sawPair(at: number): void {
    if (at < this.firstHigh) this.firstHigh = at;
  }

  /** Line of the character at `at`. */
  lineAt(at: number): number {
    if (at < 0) return this.line;
    if (at + 1 >= this.lnPos) {
      this.advance(at + 1);
      return this.line;
    }
    let line = this.line;
    for (let i = at + 1; i < this.lnPos; i++) {
      const c = this.buf.charCodeAt(i);
      if (c === CR || (c === NL && this.buf.charCodeAt(i - 1) !== CR)) line--;
    }
    return line;
  }

  /** Column just after the character at `at` (0 right after a line end); call after lineAt(at). */
  columnAt(at: number): number {
    return at + 1 - this.lineStart - this.lineHighs;
  }

  private advance(to: number): void {
    const { buf } = this;
    for (;;) {
      if (this.nextNl < this.lnPos) this.nextNl = orNone(buf.indexOf('\n', this.lnPos));
      if (this.nextCr < this.lnPos) this.nextCr = orNone(buf.indexOf('\r', this.lnPos));
      const nl = this.nextNl;
      const cr = this.nextCr;
      const next = nl < cr ? nl : cr;
      if (next >= to) break;
      this.lnPos = next + 1;
      // "\r\n" is one line end, counted at the "\r"; the line starts after the "\n".
      if (next === cr || buf.charCodeAt(next - 1) !== CR) this.line++;
      this.lineStart = next + 1;
      this.lineHighs = 0;
      this.highsTo = next + 1;
    }
    this.lnPos = to;
    // Only a document that has a character beyond U+FFFF pays for counting them.
    if (this.firstHigh < to) {
      for (let i = Math.max(this.highsTo, this.lineStart); i < to; i++) {
        const c = buf.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) this.lineHighs++;
      }
      this.highsTo = to;
    }
  }
}

function orNone(i: number): number {
  return i === -1 ? NONE : i;
}
