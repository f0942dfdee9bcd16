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
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (m === null) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

/** xsd:dateTime without milliseconds, UTC. */
export function xsdDateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
