/**
 * The last lines of a build: what went into it and what was left out. The
 * parse summary comes early (before the bundle and the prerender), and it
 * counts parses, not bulletins: a file whose id another file already has
 * parses fine and is still left out. This says it again at the end, from what
 * the build actually used, counted and worded as the parse summary is.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { createBuildReport, failureLines, warningsText } from "./cache/build-report.ts";

export interface LeftOut {
  file: string;
  reason: string;
}

export function closingSummary(bulletins: readonly Bulletin[], leftOut: readonly LeftOut[]): string[] {
  const files = bulletins.length + leftOut.length;
  const report = createBuildReport({ total: files, log: () => {} });
  for (const bulletin of bulletins) report.parsed(bulletin.id, bulletin, false);
  for (const { file, reason } of leftOut) report.failed(file, new Error(reason));
  const summary = report.finish(false);
  // Cut copies are common in real archives; they are built, but the reader
  // should hear which ones lack text, not find out article by article.
  const partial = bulletins.flatMap((b) =>
    b.warnings.filter((w) => w.kind === "missing-text").map((w) => ({ fileName: b.sourceFile ?? b.id, message: w.message })),
  );
  const partialCount = new Set(partial.map((p) => p.fileName)).size;
  return [
    `summary: ${bulletins.length} bulletin${bulletins.length === 1 ? "" : "s"} built from ${files} file${files === 1 ? "" : "s"}, ${leftOut.length} left out`,
    `summary: warnings about damage: ${warningsText(summary)}`,
    ...failureLines(summary.failures, "left out: "),
    ...(partialCount > 0
      ? [`summary: ${partialCount} bulletin${partialCount === 1 ? "" : "s"} without the text of every article in the contents`, ...failureLines(partial, "incomplete: ")]
      : []),
  ];
}
