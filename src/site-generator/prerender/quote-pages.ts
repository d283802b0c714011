/**
 * Quote pages (`/quotes/<bulletin>/<article>/<quote>`) without the app's
 * renderer. They are most of the site's pages (40,000 of 68,500 at 1,000
 * bulletins), each a short page, and rendering each through React, the
 * router and the data layer, after reading and checking its whole bulletin,
 * was most of a cold build's rendering.
 *
 * The markup is the very markup the app renders (src/app/views/QuotePage.tsx),
 * so the app hydrates it as any other page: the page's own part is made here
 * from the bulletin's data file (the one the app's render of the page reads;
 * in the render worker, app-renderer.ts), and set in the layout (header, footer)
 * cut from one quote page the app did render in this build. That page is the
 * check: if the part made here is not found in it, word for word, the markup
 * has drifted from the app's, and every quote page is rendered by the app, as
 * before, with a warning. One quote page in `CHECK_EVERY` is rendered by the
 * app as well and compared, with the same fallback.
 * `quote-pages.test.ts` compares them over hostile and generated bulletins.
 */
import type { Article, Bulletin, Quote } from "../../parser/model/index.ts";
import type { RenderedPage } from "../../app/ssr.tsx";
import { articlePath, formatDate, issueLabel } from "../../app/lib/format.ts";
import { archivePersonId } from "../../search/entities.ts";
import { bulletinFile } from "../data-paths.ts";
import { SAFE_SEGMENT } from "./html.ts";
import { quotePagePath } from "./pages.ts";

/** One quote page in this many is rendered by the app too, and must come out the same. */
export const CHECK_EVERY = 250;

/** Text and attribute values as React's server renderer escapes them. */
const ESCAPES: Record<string, string> = { '"': "&quot;", "'": "&#x27;", "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const t = (text: string) => text.replace(/["'&<>]/g, (c) => ESCAPES[c]!);
/** Between two text nodes side by side, React's server renderer writes this, so the browser keeps them apart. */
const SEP = "<!-- -->";

/** React Router's `<Link>` as rendered on the server. */
const link = (href: string, className: string, text: string) =>
  `<a class="${t(className)}" href="${t(href)}" data-discover="true">${t(text)}</a>`;

/** The page's own part (inside the layout's <main>), as src/app/views/QuotePage.tsx renders it. */
export function quoteContent(bulletin: Bulletin, article: Article, quote: Quote): string {
  const paragraph = article.paragraphs.find((p) => p.id === quote.paragraphId);
  const date = formatDate(article.issueTag?.date ?? bulletin.date);
  const person = quote.speaker.personId ? bulletin.people.find((p) => p.id === quote.speaker.personId) : undefined;
  const personId = person ? archivePersonId(bulletin.id, person) : null;
  const label = issueLabel(bulletin);
  // `—{" "}{name}`: the name a link, or a third text node.
  const speaker = personId ? link(`/people/${personId}`, "link", quote.speaker.name) : quote.speaker.name ? SEP + t(quote.speaker.name) : "";
  const inArticle = `${articlePath(bulletin.id, article.slug)}`;
  return (
    `<div class="mx-auto max-w-3xl">` +
    `<nav aria-label="Breadcrumb" class="text-sm text-stone-600 dark:text-stone-400">${link("/quotes", "link", "Quotes")} / ${SEP}${t(label)}</nav>` +
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

/** Text nodes side by side, as React writes them: empty ones are not written, the others kept apart. */
function texts(...parts: string[]): string {
  return parts.filter((p) => p !== "").map(t).join(SEP);
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

/** The layout around a quote page's own part: what comes before it and after it in the app's render. */
interface Layout {
  before: string;
  after: string;
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

/**
 * Renders quote pages from their bulletins (`bulletinOf`: the bulletin the
 * app reads for the page, or null), and answers null for any other page, and
 * for quote pages once the markup was found to differ from the app's.
 * `renderApp` is the app's own renderer.
 */
export function quotePageRenderer(
  bulletinOf: (id: string) => Bulletin | null,
  renderApp: (route: string) => Promise<RenderedPage>,
  warn: (message: string) => void,
): { render(route: string): Promise<RenderedPage | null>; readonly made: number } {
  let layout: Promise<Layout | null> | null = null;
  let drifted = false;
  let count = 0;
  let made = 0;
  const giveUp = (route: string, why: string) => {
    if (!drifted) warn(`quote pages: ${route}: ${why}; every quote page is rendered by the app instead (update src/site-generator/prerender/quote-pages.ts to src/app/views/QuotePage.tsx)`);
    drifted = true;
  };
  const layoutFrom = async (route: string, ref: QuoteRef): Promise<Layout | null> => {
    const page = await renderApp(route);
    const content = quoteContent(ref.bulletin, ref.article, ref.quote);
    const at = page.status === 200 ? page.html.indexOf(content) : -1;
    if (at < 0 || page.html.indexOf(content, at + 1) >= 0) {
      giveUp(route, "the app renders it otherwise");
      return null;
    }
    return { before: page.html.slice(0, at), after: page.html.slice(at + content.length) };
  };
  return {
    async render(route) {
      if (drifted) return null;
      const ref = quoteOf(route, bulletinOf);
      if (!ref) return null;
      layout ??= layoutFrom(route, ref);
      const around = await layout;
      if (!around || drifted) return null;
      const page: RenderedPage = {
        html: around.before + quoteContent(ref.bulletin, ref.article, ref.quote) + around.after,
        status: 200,
        dataFiles: [`/${bulletinFile(ref.bulletin.id)}`],
      };
      if (++count % CHECK_EVERY === 0) {
        const app = await renderApp(route);
        if (app.html !== page.html || app.status !== 200) {
          giveUp(route, "the app renders it otherwise");
          return app;
        }
      }
      made++;
      return page;
    },
    get made() {
      return made;
    },
  };
}
