/** Date conversions for the exchange formats. Inputs without a zone are UTC (SQLite's CURRENT_TIMESTAMP is). */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Parses ISO 8601 or "YYYY-MM-DD HH:MM:SS"; undefined when empty or invalid. */
export function parseTimestamp(value: string): Date | undefined {
  if (value === '') return undefined;
  const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(value);
  const ms = Date.parse(hasZone ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** TMX form: YYYYMMDDThhmmssZ (always UTC). */
export function tmxDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** TMX date → ISO 8601 ("2024-03-01T10:20:30Z"), or undefined when it is not in the TMX form. */
export function isoFromTmxDate(value: string): string | undefined {
  // Called for every unit of a memory, and a file's units often share their date: the last answer is
  // kept, and a new one is checked character by character instead of through a regex match array.
  if (value === lastTmxDate) return lastIsoDate;
  if (value.length !== 16 || value.charCodeAt(8) !== T || value.charCodeAt(15) !== Z) return undefined;
  for (let i = 0; i < 15; i++) {
    const c = value.charCodeAt(i);
    if (i !== 8 && (c < ZERO || c > NINE)) return undefined;
  }
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}Z`;
  lastTmxDate = value;
  lastIsoDate = iso;
  return iso;
}

const T = 0x54;
const Z = 0x5a;
const ZERO = 0x30;
const NINE = 0x39;
let lastTmxDate = '';
let lastIsoDate: string | undefined;

/** xsd:dateTime without milliseconds, UTC. */
export function xsdDateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
