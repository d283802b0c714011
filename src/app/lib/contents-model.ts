/**
 * What a bulletin's Contents section lists: its articles, and the contents
 * entries whose article text is not in this copy. Real copies are often cut
 * (a mail truncated after the contents, an archive page showing only the
 * top), and a reader should still see what the bulletin held — headline,
 * summary and byline — with a plain note that its text is missing, rather
 * than a shorter list that hides the loss.
 */
import type { Article, Bulletin, TocEntry } from "../../parser/model/index.ts";
import { headlineCase } from "../../parser/structure/headline-case.ts";

export type ContentsItem =
  | { kind: "article"; article: Article }
  | { kind: "missing"; entry: TocEntry; headline: string | null };

/**
 * In the bulletin's order: each contents entry, as its article where the copy
 * holds it; articles no entry names (their contents line was lost) stand
 * where they fall in the text.
 */
export function contentsItems(b: Pick<Bulletin, "toc" | "articles">): ContentsItem[] {
  const indexBySlug = new Map(b.articles.map((a, i) => [a.slug, i]));
  const named = new Set(b.toc.map((e) => e.articleSlug).filter((s) => s !== null && indexBySlug.has(s)));
  const items: ContentsItem[] = [];
  const listed = new Set<Article>();
  const list = (a: Article) => {
    if (listed.has(a)) return;
    listed.add(a);
    items.push({ kind: "article", article: a });
  };
  let next = 0;
  for (const entry of b.toc) {
    const at = entry.articleSlug === null ? undefined : indexBySlug.get(entry.articleSlug);
    if (at === undefined) {
      items.push({ kind: "missing", entry, headline: entry.headlineRaw ? headlineCase(entry.headlineRaw) : null });
      continue;
    }
    for (; next < at; next++) if (!named.has(b.articles[next]!.slug)) list(b.articles[next]!);
    list(b.articles[at]!);
    next = Math.max(next, at + 1);
  }
  // Articles after the last one an entry names.
  for (const a of b.articles) list(a);
  return items;
}
