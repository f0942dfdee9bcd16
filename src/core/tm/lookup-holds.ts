/**
 * Whether a lookup answered earlier still holds after some memory units changed. A lookup keeps the
 * units whose source scores at or above its threshold against the query (tmScore, the final score of
 * every match), so a unit can enter, leave or change a lookup's matches only if its source scores at
 * least that much. A kept answer (the match panel's look-ahead) is therefore still right when every
 * changed source scores below the threshold; otherwise it must be asked again.
 */
import { tmScore } from './score';
import { tmText, type TmText } from './words';

export function lookupStillHolds(query: TmText, min: number, changedSources: Iterable<string>): boolean {
  for (const source of changedSources) if (tmScore(query, tmText(source)) >= min) return false;
  return true;
}
