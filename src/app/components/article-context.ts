import { createContext, useContext } from "react";
import type { Bulletin, Quote } from "../../parser/model/index.ts";
import type { ArticleModel } from "../lib/article-model.ts";
import { formatCitation } from "../lib/citation.ts";
import { speakerName } from "../lib/article-model.ts";
import { articlePath } from "../lib/format.ts";

export interface ArticleContextValue {
  bulletin: Bulletin;
  model: ArticleModel;
  selectedPersonId: string | null;
}

export const ArticleContext = createContext<ArticleContextValue | null>(null);

export function useArticleContext(): ArticleContextValue {
  const value = useContext(ArticleContext);
  if (!value) throw new Error("useArticleContext outside an article page");
  return value;
}

/** The absolute URL of an anchor on this article page. */
export function anchorUrl(bulletinId: string, slug: string, anchor: string): string {
  return `${window.location.origin}${articlePath(bulletinId, slug)}#${encodeURIComponent(anchor)}`;
}

export function citationFor(ctx: ArticleContextValue, quote: Quote): string {
  const person = quote.speaker.personId ? ctx.model.peopleById.get(quote.speaker.personId) : undefined;
  return formatCitation({
    quoteText: quote.text,
    speakerName: speakerName(quote),
    role: person?.roles[0] ?? null,
    headline: ctx.model.article.headline,
    bulletin: ctx.bulletin,
    url: anchorUrl(ctx.bulletin.id, ctx.model.article.slug, quote.id),
  });
}
