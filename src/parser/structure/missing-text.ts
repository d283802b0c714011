// Never silent about what a copy lacks. Real copies reach readers cut short: a mail
// truncated after its contents, a list-archive page showing only the top, a web
// re-post of the contents alone. The contents are still the bulletin's; the reader
// must be told, in plain words, which articles' text is not in this copy.
import type { Article, TocEntry, Warning } from "../model/index.ts";
import { headlineCase } from "./headline-case.ts";

/** Missing headlines named one by one in the message; beyond this, a count. */
export const MISSING_NAMED_MAX = 3;

function entryName(e: TocEntry): string {
  if (e.headlineRaw) return headlineCase(e.headlineRaw.replace(/[.:;,]$/, ""));
  const words = e.summary.split(/\s+/).slice(0, 8).join(" ");
  return words === "" ? "an untitled entry" : `${words}…`;
}

function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `"${n}"`);
  if (q.length <= 1) return q.join("");
  return `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}

/** The `missing-text` warnings for a parsed copy: no contents, no articles, or fewer articles than its contents name. */
export function missingTextWarnings(toc: readonly TocEntry[], articles: readonly Article[], briefs: number): Warning[] {
  if (toc.length === 0) {
    if (articles.length === 0 && briefs === 0) {
      return [{ kind: "missing-text", message: "No contents list and no article text were found in this copy", line: null }];
    }
    return [{ kind: "missing-text", message: "No contents list was found in this copy", line: null }];
  }
  const missing = toc.filter((e) => e.articleSlug === null);
  if (missing.length === 0) return [];
  const line = (missing[0] as TocEntry).lines.startLine;
  if (articles.length === 0) {
    const n = toc.length;
    return [{ kind: "missing-text", message: `This copy ends after its contents: the text of its ${n === 1 ? "article" : `${n} articles`} is not in it`, line }];
  }
  const found = toc.length - missing.length;
  const named = missing.length <= MISSING_NAMED_MAX ? `the text of ${quoteList(missing.map(entryName))} is` : `the text of ${missing.length} of them is`;
  return [{ kind: "missing-text", message: `${found} of ${toc.length} articles; ${named} not in this copy`, line }];
}
