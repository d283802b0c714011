/**
 * The last lines of a build: what went into it and what was left out. The
 * parse summary comes early (before the bundle, the asset list — one line per
 * data file, 28,000 at 1,000 bulletins — and the prerender), and it counts
 * parses, not bulletins: a file whose id another file already has parses
 * fine and is still left out. This says it again at the end, from what the
 * build actually used.
 */
import type { Bulletin } from "../parser/model/index.ts";

/** Failures listed by name; past this, a count (the parse summary above lists the same files). */
const MAX_LISTED = 10;

export interface LeftOut {
  file: string;
  reason: string;
}

export function closingSummary(bulletins: readonly Bulletin[], leftOut: readonly LeftOut[]): string[] {
  const files = bulletins.length + leftOut.length;
  const withWarnings = bulletins.filter((b) => b.warnings.length > 0).length;
  const byKind = new Map<string, number>();
  for (const b of bulletins) for (const w of b.warnings) byKind.set(w.kind, (byKind.get(w.kind) ?? 0) + 1);
  const warnings = [...byKind.values()].reduce((a, b) => a + b, 0);
  const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`);
  const lines = [
    `summary: ${bulletins.length} bulletin${bulletins.length === 1 ? "" : "s"} built from ${files} file${files === 1 ? "" : "s"}, ${leftOut.length} left out`,
    `summary: ${warnings} warning${warnings === 1 ? "" : "s"} about damage, in ${withWarnings} bulletin${withWarnings === 1 ? "" : "s"}${kinds.length ? ` (${kinds.join(", ")})` : ""}`,
  ];
  for (const { file, reason } of leftOut.slice(0, MAX_LISTED)) lines.push(`  left out: ${file}: ${reason}`);
  if (leftOut.length > MAX_LISTED) lines.push(`  … and ${leftOut.length - MAX_LISTED} more`);
  return lines;
}
