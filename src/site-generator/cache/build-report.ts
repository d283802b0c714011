/**
 * Progress and end-of-build summary for parsing many bulletins: a long
 * build says how far it is (`bulletins: 120/1000 parsed (115 from cache)`)
 * and ends by listing what went wrong, so a failure in bulletin 734 is not
 * lost in scrollback.
 */
import type { Bulletin, WarningKind } from "../../parser/model/index.ts";

/** Print a progress line at most this often, so 1,000 cached bulletins do not flood the terminal. */
export const PROGRESS_INTERVAL_MS = 1000;
/** Failures listed one by one in the summary; the rest are counted. */
export const MAX_FAILURES_LISTED = 20;

export interface BulletinFailure {
  fileName: string;
  message: string;
}

export interface BuildSummary {
  total: number;
  parsed: number;
  fromCache: number;
  warnings: number;
  bulletinsWithWarnings: number;
  warningsByKind: Partial<Record<WarningKind, number>>;
  failures: BulletinFailure[];
  ms: number;
}

export interface BuildReport {
  parsed(fileName: string, bulletin: Bulletin, fromCache: boolean): void;
  failed(fileName: string, error: unknown): void;
  /** The summary so far; also prints it when `print` is true. */
  finish(print?: boolean): BuildSummary;
}

export interface BuildReportOptions {
  total: number;
  log: (line: string) => void;
  now?: () => number;
}

export function createBuildReport({ total, log, now = Date.now }: BuildReportOptions): BuildReport {
  const started = now();
  let lastPrinted = -Infinity;
  const summary: BuildSummary = {
    total,
    parsed: 0,
    fromCache: 0,
    warnings: 0,
    bulletinsWithWarnings: 0,
    warningsByKind: {},
    failures: [],
    ms: 0,
  };

  function tick(): void {
    const done = summary.parsed + summary.failures.length;
    const t = now();
    if (done < total && t - lastPrinted < PROGRESS_INTERVAL_MS) return;
    lastPrinted = t;
    log(progressLine(summary));
  }

  return {
    parsed(_fileName, bulletin, fromCache) {
      summary.parsed++;
      if (fromCache) summary.fromCache++;
      if (bulletin.warnings.length > 0) summary.bulletinsWithWarnings++;
      summary.warnings += bulletin.warnings.length;
      for (const w of bulletin.warnings) {
        summary.warningsByKind[w.kind] = (summary.warningsByKind[w.kind] ?? 0) + 1;
      }
      tick();
    },
    failed(fileName, error) {
      const message = error instanceof Error ? error.message : String(error);
      summary.failures.push({ fileName, message });
      tick();
    },
    finish(print = true) {
      summary.ms = now() - started;
      if (print) for (const line of summaryLines(summary)) log(line);
      return { ...summary, failures: [...summary.failures], warningsByKind: { ...summary.warningsByKind } };
    },
  };
}

export function progressLine(s: Pick<BuildSummary, "total" | "parsed" | "fromCache" | "failures">): string {
  const failed = s.failures.length > 0 ? `, ${s.failures.length} failed` : "";
  return `bulletins: ${s.parsed + s.failures.length}/${s.total} parsed (${s.fromCache} from cache${failed})`;
}

/** `5 in 2 bulletins (incomplete-paragraph 3, encoding 2)`: the warnings, most frequent kind first. */
export function warningsText(s: Pick<BuildSummary, "warnings" | "bulletinsWithWarnings" | "warningsByKind">): string {
  const kinds = Object.entries(s.warningsByKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
  return `${s.warnings} in ${s.bulletinsWithWarnings} bulletin${s.bulletinsWithWarnings === 1 ? "" : "s"}${kinds ? ` (${kinds})` : ""}`;
}

/** One line per failure, `prefix` first, up to MAX_FAILURES_LISTED; the rest counted. */
export function failureLines(failures: readonly BulletinFailure[], prefix = ""): string[] {
  const lines = failures.slice(0, MAX_FAILURES_LISTED).map((f) => `  ${prefix}${f.fileName}: ${f.message}`);
  if (failures.length > MAX_FAILURES_LISTED) lines.push(`  … and ${failures.length - MAX_FAILURES_LISTED} more`);
  return lines;
}

export function summaryLines(s: BuildSummary): string[] {
  return [
    `bulletins: ${s.parsed} of ${s.total} parsed in ${(s.ms / 1000).toFixed(1)} s (${s.fromCache} from cache, ${s.parsed - s.fromCache} parsed anew)`,
    `warnings: ${warningsText(s)}`,
    `failures: ${s.failures.length}`,
    ...failureLines(s.failures),
  ];
}
