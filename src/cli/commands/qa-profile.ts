/**
 * `barabar qa profile show|export FILE|import FILE`: the QA profile stored in the database (the one the
 * app's QA view edits and `barabar qa` uses), shared with a team as a small JSON file.
 */
import { writeFileAtomically } from '../../server/atomic-write';
import { parse, withContext } from '../context';
import { table, UsageError, type CliIo } from '../io';
import type { QaProfile } from '../../shared/model';

const USAGE = 'qa profile: show | export FILE | import FILE';

function printProfile(profile: QaProfile): string {
  return table([
    ['check', 'enabled', 'severity'],
    ...Object.entries(profile.checks).map(([id, s]) => [id, s.enabled ? 'yes' : 'no', s.severity]),
  ]);
}

export async function qaProfileCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  const [sub, file] = positionals;
  if (sub !== 'show' && sub !== 'export' && sub !== 'import') throw new UsageError(USAGE);
  if (sub !== 'show' && (file === undefined || positionals.length > 2)) throw new UsageError(USAGE);
  return withContext(io, values, async (ctx) => {
    if (sub === 'export') {
      const exported = await ctx.call('qa.exportProfile', {});
      const { bytes } = writeFileAtomically(file!, [exported.content]);
      ctx.out.line(`wrote the QA profile to ${file!} (${bytes} bytes)`);
      return 0;
    }
    const profile =
      sub === 'import'
        ? await ctx.call('qa.importProfile', await ctx.readFile(file!, 'qaProfile'))
        : await ctx.call('qa.getProfile', {});
    if (values.json) ctx.out.json(profile);
    else {
      if (sub === 'import') ctx.out.line(`${file!}: stored as the QA profile`);
      ctx.out.line(printProfile(profile));
    }
    return 0;
  });
}
