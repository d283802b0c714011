/**
 * An imported bulletin keeps the id its parser gave it unless that id is taken
 * — by a bulletin that ships with the app or by an earlier import of different
 * content (another copy of the same issue, damaged differently). Then it gets
 * `<id>-imported`, `<id>-imported-2`, … so both stay reachable and neither
 * overwrites the other. Ids stay lowercase-hyphen, as the schema requires.
 */
import { IMPORTED_ID_SUFFIX } from "./limits.ts";

export function distinctId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  const base = `${wanted}-${IMPORTED_ID_SUFFIX}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
