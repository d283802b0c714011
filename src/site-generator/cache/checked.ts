/**
 * The Bulletin schema check of a parse, and which bulletins have passed it.
 *
 * Every parse the build publishes is checked against the schema
 * (src/parser/model/schema.ts). The parse cache writes an entry only once its
 * parse has passed, so an entry read back from the cache's own folder needs
 * no second check: in a rebuild at 2,500 bulletins the check of every cached
 * parse was 0.6 s of the 4.6 s "parse cache pass" (on the build's thread,
 * profiled; the rest is reading and JSON.parse). A bulletin that passed, or was read from the cache,
 * is marked here; `parseFile` (bulletin-store.ts) checks any other. What
 * comes from outside the build (the dev server's unchecked reads, an import)
 * is still checked where it is read.
 */
import * as v from "valibot";
import { BulletinSchema } from "../../parser/model/schema.ts";
import type { Bulletin } from "../../parser/model/index.ts";

export type CheckOutcome = { ok: true; bulletin: Bulletin } | { ok: false; reason: string };

/** Objects known to hold a bulletin that passed the schema check in this process, or was read from the parse cache. */
const checked = new WeakSet<object>();

function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return "output does not match the Bulletin schema";
  const path = v.getDotPath(first) ?? "(root)";
  return `output does not match the Bulletin schema at ${path}: ${first.message}`;
}

/** The schema's output for a parse (marked as checked), or why it does not match. */
export function checkBulletin(output: unknown): CheckOutcome {
  if (typeof output === "object" && output !== null && checked.has(output)) return { ok: true, bulletin: output as Bulletin };
  const result = v.safeParse(BulletinSchema, output);
  if (!result.success) return { ok: false, reason: describeIssue(result.issues) };
  checked.add(result.output);
  return { ok: true, bulletin: result.output };
}

/** Marks a bulletin the parse cache read back from an entry it wrote after the check. */
export function markChecked(bulletin: Bulletin): Bulletin {
  checked.add(bulletin);
  return bulletin;
}

/**
 * A checked bulletin with the decoder's warning put first (bulletins-plugin.ts):
 * still checked, since a Warning made by the build's own decoder has the
 * schema's shape. An unchecked one stays unchecked.
 */
export function withWarningFirst(bulletin: Bulletin, warning: Bulletin["warnings"][number]): Bulletin {
  const result = { ...bulletin, warnings: [warning, ...bulletin.warnings] };
  if (checked.has(bulletin)) checked.add(result);
  return result;
}
