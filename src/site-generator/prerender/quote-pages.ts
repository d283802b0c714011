/**
 * Quote pages (`/quotes/<bulletin>/<article>/<quote>`) without the app's
 * renderer. They are most of the site's pages (40,000 of 68,500 at 1,000
 * bulletins), each a short page, and rendering each through React, the
 * router and the data layer, after reading and checking its whole bulletin,
 * was most of a cold build's rendering.
 *
 * The markup is the very markup the app renders (src/app/views/QuotePage.tsx),
 * made from the bulletin's data file (the one the app's render of the page
 * reads; in the render worker, app-renderer.ts) and checked against the app's
 * own render as template-pages.ts says. `quote-pages.test.ts` compares them
 * over hostile and generated bulletins.
 */
import type { Article, Bulletin, Quote } from "../../parser/model/index.ts";
import { articlePath, formatDate, issueLabel } from "../../app/lib/format.ts";
import { archivePersonId } from "../../search/entities.ts";
import { bulletinFile } from "../data-paths.ts";
import { SAFE_SEGMENT } from "./html.ts";
import { quotePagePath } from "./pages.ts";
import { link, SEP, text, texts } from "./react-markup.ts";
import type { PageTemplate } from "./template-pages.ts";

/** The page's own part (inside the layout's <main>), as src/app/views/QuotePage.tsx renders it. */
export function quoteContent(bulletin: Bulletin, article: Article, quote: Quote): string {
  const paragraph = article.paragraphs.find((p) => p.id === quote.paragraphId);
  const date = formatDate(article.issueTag?.date ?? bulletin.date);
  const person = quote.speaker.personId ? bulletin.people.find((p) => p.id === quote.speaker.personId) : undefined;
  const personId = person ? archivePersonId(bulletin.id, person) : null;
  const label = issueLabel(bulletin);
  // `—{" "}{name}`: the name a link, or a third text node.
  const speaker = personId ? link(`/people/${personId}`, "link", quote.speaker.name) : quote.speaker.name ? SEP + text(quote.speaker.name) : "";
  const inArticle = `${articlePath(bulletin.id, article.slug)}`;
  return (
    `<div class="mx-auto max-w-3xl">` +
    `<nav aria-label="Breadcrumb" class="text-sm text-stone-600 dark:text-stone-400">${link("/quotes", "link", "Quotes")} / ${SEP}${text(label)}</nav>` +
    `<figure class="mt-4"><blockquote class="font-serif text-3xl leading-snug"><h1>${texts("“", quote.text, "”")}</h1></blockquote>` +
    `<figcaption class="mt-4 text-lg">${texts("—", " ")}${speaker}</figcaption></figure>` +
    `<p class="mt-4 text-stone-700 dark:text-stone-300">In ${link(`${inArticle}#${quote.id}`, "link font-semibold", article.headline)}` +
    `${texts(date ? `, ${date}` : "", " · IWPR ", label)}</p>` +
    (paragraph
      ? `<section aria-labelledby="context" class="mt-8">` +
        `<h2 id="context" class="text-sm font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">The paragraph</h2>` +
        `<p class="mt-2 font-serif text-lg text-stone-800 dark:text-stone-200">${texts(paragraph.text)}</p>` +
        `<p class="mt-2 text-sm">${link(`${inArticle}#${paragraph.id}`, "link", "Read it in the article")}</p>` +
        `</section>`
      : "") +
    `</div>`
  );
}

interface QuoteRef {
  bulletin: Bulletin;
  article: Article;
  quote: Quote;
}

/** Every quote page's path, with what it shows (the pages site-pages.ts lists; for tests). */
export function quotePages(bulletins: readonly Bulletin[]): Map<string, QuoteRef> {
  const pages = new Map<string, QuoteRef>();
  for (const bulletin of bulletins) {
    if (!SAFE_SEGMENT.test(bulletin.id)) continue;
    for (const article of bulletin.articles) {
      if (!SAFE_SEGMENT.test(article.slug)) continue;
      for (const quote of article.quotes) if (SAFE_SEGMENT.test(quote.id)) pages.set(quotePagePath(bulletin, article, quote), { bulletin, article, quote });
    }
  }
  return pages;
}

/** The route of a quote page: `/quotes/<bulletin>/<article>/<quote>` (pages.ts `quotePagePath`). */
const QUOTE_ROUTE = /^\/quotes\/([^/]+)\/([^/]+)\/([^/]+)$/;

/** What a quote page's route shows, found in its bulletin; null for any other route, or a quote the bulletin lacks. */
function quoteOf(route: string, bulletinOf: (id: string) => Bulletin | null): QuoteRef | null {
  const [, bulletinId, slug, quoteId] = QUOTE_ROUTE.exec(route) ?? [];
  if (bulletinId === undefined || ![bulletinId, slug, quoteId].every((part) => SAFE_SEGMENT.test(part!))) return null;
  const bulletin = bulletinOf(bulletinId);
  const article = bulletin?.articles.find((a) => a.slug === slug);
  const quote = article?.quotes.find((q) => q.id === quoteId);
  return bulletin && article && quote ? { bulletin, article, quote } : null;
}

/** Quote pages from their bulletins (`bulletinOf`: the bulletin the app reads for the page, or null). */
export function quotePageTemplate(bulletinOf: (id: string) => Bulletin | null): PageTemplate<QuoteRef> {
  return {
    name: "quote pages",
    view: "src/app/views/QuotePage.tsx",
    module: "src/site-generator/prerender/quote-pages.ts",
    of: (route) => quoteOf(route, bulletinOf),
    content: (ref) => quoteContent(ref.bulletin, ref.article, ref.quote),
    dataFiles: (ref) => [`/${bulletinFile(ref.bulletin.id)}`],
  };
}
