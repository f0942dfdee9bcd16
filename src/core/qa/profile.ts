/**
 * QA profiles: which checks run and with what severity. Stored in the database, edited in the QA view,
 * exported and imported as a small JSON file ({"checks": {"doubled-word": {"enabled": true, "severity":
 * "warning"}, …}}) so a team shares one, and read by `barabar qa --profile FILE`.
 */
import { AppError } from '../../shared/errors';
import { QA_SEVERITIES, type QaProfile, type QaSeverity } from '../../shared/model';
import { REGISTRY } from './registry';

/** Every check on, at the severity it was built with. */
export function defaultQaProfile(): QaProfile {
  const checks: QaProfile['checks'] = {};
  for (const r of REGISTRY) checks[r.check.id] = { enabled: true, severity: r.check.severity };
  return { checks };
}

/**
 * A complete profile from a partial or older one: checks it does not mention keep their defaults (a check
 * added after the file was exported runs), unknown check ids are an error naming the id.
 */
export function completeQaProfile(input: unknown, file = 'profile'): QaProfile {
  const fail = (field: string, message: string): never => {
    throw new AppError('validation', { field: `${file}: ${field}`, message });
  };
  const out = defaultQaProfile();
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail('', 'a QA profile is a JSON object');
  const checks = (input as { checks?: unknown }).checks;
  if (checks === undefined) return out;
  if (typeof checks !== 'object' || checks === null || Array.isArray(checks))
    return fail('checks', 'must be an object');
  for (const [id, value] of Object.entries(checks as Record<string, unknown>)) {
    const current = out.checks[id] ?? fail(`checks.${id}`, `unknown QA check "${id}"`);
    if (typeof value !== 'object' || value === null) return fail(`checks.${id}`, 'must be an object');
    const { enabled, severity } = value as { enabled?: unknown; severity?: unknown };
    if (enabled !== undefined && typeof enabled !== 'boolean')
      fail(`checks.${id}.enabled`, 'must be true or false');
    if (severity !== undefined && !(QA_SEVERITIES as readonly unknown[]).includes(severity))
      fail(`checks.${id}.severity`, `must be one of ${QA_SEVERITIES.join(', ')}`);
    out.checks[id] = {
      enabled: typeof enabled === 'boolean' ? enabled : current.enabled,
      severity: (severity as QaSeverity | undefined) ?? current.severity,
    };
  }
  return out;
}

/** Parses an exported profile file; bad JSON is a parse error naming the file. */
export function parseQaProfileFile(text: string, file: string): QaProfile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('parse', { file, line: 1, reason: e instanceof Error ? e.message : String(e) });
  }
  return completeQaProfile(json, file);
}

export function serializeQaProfile(profile: QaProfile): string {
  return `${JSON.stringify({ checks: completeQaProfile(profile).checks }, null, 2)}\n`;
}
