/**
 * The content of each prerendered page, as semantic HTML: what a reader
 * without JavaScript, a crawler or a link preview sees before the app
 * mounts. Class names follow the app's layout so the switch does not jump.
 * Every bulletin string goes through `h`.
 */
import type { Article, Bulletin } from "../../parser/model/index.ts";
import { authorsLine, formatDate, issueLabel } from "../../app/lib/format.ts";
import { ARCHIVE_FILE, bulletinFile } from "../data-paths.ts";
import { FEED_FILE, quotesCsvFile, statisticsCsvFile } from "../feeds/paths.ts";
import type { PageMeta } from "./document.ts";
import { description, h } from "./html.ts";
import {
  archivePath,
  articlePath,
  bulletinPath,
  personPath,
  placePath,
  searchPath,
  SITE_DESCRIPTION,
  SITE_NAME,
} from "./site.ts";

/**
 * Bulletins listed on the prerendered archive page. With 1,000 bulletins the
 * full list is megabytes of HTML and a slow first paint; the app's
 * virtualised list shows them all, and sitemap.xml lists every page for crawlers.
 */
export const ARCHIVE_PRERENDER_LIMIT = 40;

export interface PageContent {
  meta: PageMeta;
  body: string;
}

const dataUrl = (file: string) => `/${file}`;

function shell(content: string): string {
  return [
    `<header class="site-header border-b border-stone-200 dark:border-stone-800">`,
    `<div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">`,
    `<a href="/" class="font-serif text-xl font-semibold tracking-tight">${h(SITE_NAME)}</a>`,
    `<nav aria-label="Main" class="flex gap-4 text-sm"><a href="/" class="hover:underline">Archive</a><a href="/import" class="hover:underline">Import</a></nav>`,
    `</div></header>`,
    `<main id="main" tabindex="-1" class="mx-auto max-w-6xl px-4 pt-8 focus:outline-none">${content}</main>`,
  ].join("");
}

function datePara(iso: string | null): string {
  const shown = formatDate(iso);
  return shown && iso
    ? `<p class="mt-1 text-stone-600 dark:text-stone-400"><time datetime="${h(iso)}">${h(shown)}</time></p>`
    : "";
}

const damage = (n: number) => (n > 0 ? ` · ${n} damage ${n === 1 ? "note" : "notes"}` : "");

export function archivePage(bulletins: readonly Bulletin[]): PageContent {
  const listed = bulletins.slice(0, ARCHIVE_PRERENDER_LIMIT);
  // Same markup and classes as the app's archive list (src/app/routes/archive.tsx), so that the
  // app's first render paints boxes of the same size: the largest paint, and so LCP, stays this HTML's.
  const items = listed.map((b) => {
    const articles = b.articles
      .map((a) =>
        [
          `<li><article>`,
          a.section ? `<p class="text-xs font-semibold uppercase tracking-wider text-accent dark:text-accent-dark">${h(a.section)}</p>` : "",
          `<h3 class="font-serif text-xl font-semibold leading-snug"><a href="${h(articlePath(b.id, a.slug))}" class="hover:underline">${h(a.headline)}</a></h3>`,
          `<p class="mt-1 font-serif text-stone-700 dark:text-stone-300">${h(a.summary)}</p>`,
          a.authors.length ? `<p class="mt-1 text-sm text-stone-600 dark:text-stone-400">By ${h(authorsLine(a.authors))}</p>` : "",
          `</article></li>`,
        ].join(""),
      )
      .join("");
    const n = b.articles.length;
    return [
      `<li><section aria-labelledby="b-${h(b.id)}">`,
      `<div class="border-b border-stone-300 pb-2 dark:border-stone-700">`,
      `<h2 id="b-${h(b.id)}" class="font-serif text-2xl font-semibold"><a href="${h(bulletinPath(b.id))}" class="hover:underline">${h(issueLabel(b))}</a></h2>`,
      `<p class="text-sm text-stone-600 dark:text-stone-400">${h(formatDate(b.date) ?? "Date unknown")} · ${n} ${n === 1 ? "article" : "articles"}${damage(b.warnings.length)}</p>`,
      `</div>`,
      `<ul class="mt-4 grid gap-6 md:grid-cols-2">${articles}</ul>`,
      `</section></li>`,
    ].join("");
  });
  const more =
    bulletins.length > listed.length
      ? `<p class="mt-4">The ${listed.length} newest of ${bulletins.length} bulletins. <a href="/sitemap.xml" class="link">Every page</a></p>`
      : "";
  const body = shell(
    [
      `<h1 class="font-serif text-4xl font-semibold tracking-tight">Archive</h1>`,
      `<p class="measure mt-2 font-serif text-lg text-stone-700 dark:text-stone-300">${bulletins.length === 1 ? "One bulletin" : `${bulletins.length} bulletins`}, newest first. <a href="/${FEED_FILE}" class="link">Atom feed</a></p>`,
      `<p class="measure mt-1 text-stone-700 dark:text-stone-300">Have bulletins saved as .txt files? <a href="/import" class="link">Open your own bulletins</a> — they are read in this browser and join the archive.</p>`,
      `<ol class="mt-8 space-y-12">${items.join("")}</ol>`,
      more,
    ].join(""),
  );
  return {
    meta: {
      title: SITE_NAME,
      headline: SITE_NAME,
      description: SITE_DESCRIPTION,
      path: archivePath(),
      type: "website",
      preload: [dataUrl(ARCHIVE_FILE)],
    },
    body,
  };
}

export function bulletinPage(b: Bulletin): PageContent {
  const label = issueLabel(b);
  const contents = b.articles
    .map((a) =>
      [
        `<li>`,
        a.section ? `<p class="text-xs font-semibold uppercase tracking-wider">${h(a.section)}</p>` : "",
        `<h3 class="font-serif text-xl font-semibold"><a href="${h(articlePath(b.id, a.slug))}" class="hover:underline">${h(a.headline)}</a></h3>`,
        a.summary ? `<p class="mt-1 font-serif">${h(a.summary)}</p>` : "",
        a.authors.length ? `<p class="text-sm text-stone-600 dark:text-stone-400">By ${h(authorsLine(a.authors))}</p>` : "",
        `</li>`,
      ].join(""),
    )
    .join("");
  const downloads = [
    [bulletinFile(b.id), "Bulletin (JSON)"],
    [quotesCsvFile(b.id), "Quotes (CSV)"],
    [statisticsCsvFile(b.id), "Statistics (CSV)"],
  ]
    .map(([file, text]) => `<li><a href="${h(dataUrl(file!))}" download="${h(file!.slice(file!.lastIndexOf("/") + 1))}" class="link">${h(text!)}</a></li>`)
    .join("");
  const body = shell(
    [
      `<div class="measure">`,
      `<nav aria-label="Breadcrumb" class="text-sm"><a href="/" class="link">Archive</a> / <span aria-current="page">${h(label)}</span></nav>`,
      `<h1 class="mt-3 font-serif text-4xl font-semibold tracking-tight">${h(label)}</h1>`,
      datePara(b.date),
      `<h2 class="mt-8 font-serif text-2xl font-semibold">Contents</h2>`,
      `<ol class="mt-4 space-y-6">${contents}</ol>`,
      `<section aria-labelledby="data" class="mt-10"><h2 id="data" class="font-serif text-2xl font-semibold">Data</h2>`,
      `<ul class="mt-2 list-disc space-y-1 pl-5">${downloads}</ul></section>`,
      `</div>`,
    ].join(""),
  );
  const headlines = b.articles.map((a) => a.headline).join("; ");
  return {
    meta: {
      title: label,
      headline: label,
      description: description(
        [formatDate(b.date), headlines].filter(Boolean).join(": ") || `${label}, from the ${SITE_NAME} archive.`,
      ),
      path: bulletinPath(b.id),
      type: "website",
      preload: [dataUrl(ARCHIVE_FILE), dataUrl(bulletinFile(b.id))],
    },
    body,
  };
}

export function articlePage(b: Bulletin, a: Article): PageContent {
  const label = issueLabel(b);
  const date = a.issueTag?.date ?? b.date;
  // Same markup and classes as the app's article page (src/app/routes/article.tsx, ParagraphView),
  // so the app's render does not paint a larger block than this one (LCP stays on this paint).
  const paragraphs = a.paragraphs
    .map((p) => `<div class="paragraph relative"><p id="${h(p.id)}" class="mb-5">${h(p.text)}</p></div>`)
    .join("");
  const shownDate = formatDate(date);
  const body = shell(
    [
      `<div class="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]"><article aria-labelledby="headline" class="min-w-0"><div class="measure pl-7 sm:pl-0">`,
      `<nav aria-label="Breadcrumb" class="text-sm text-stone-600 dark:text-stone-400"><a href="/" class="link">Archive</a> / <a href="${h(bulletinPath(b.id))}" class="link">${h(label)}</a></nav>`,
      a.section ? `<p class="mt-4 text-xs font-semibold uppercase tracking-wider text-accent dark:text-accent-dark">${h(a.section)}</p>` : "",
      `<h1 id="headline" class="mt-2 font-serif text-4xl font-semibold leading-tight tracking-tight">${h(a.headline)}</h1>`,
      `<p class="mt-3 font-serif text-xl text-stone-700 dark:text-stone-300">${h(a.summary)}</p>`,
      `<div class="mt-4 flex flex-wrap items-center justify-between gap-3 border-y border-stone-200 py-3 text-sm dark:border-stone-800"><div>`,
      a.authors.length ? `<p class="font-semibold">By ${h(authorsLine(a.authors))}</p>` : "",
      shownDate && date ? `<p class="text-stone-600 dark:text-stone-400"><time datetime="${h(date)}">${h(shownDate)}</time></p>` : "",
      `</div></div>`,
      `<div class="prose-reader mt-6">${paragraphs}</div>`,
      a.authorNote ? `<p class="mt-6 border-t border-stone-200 pt-4 italic text-stone-700 dark:border-stone-800 dark:text-stone-300">${h(a.authorNote)}</p>` : "",
      `</div></article></div>`,
    ].join(""),
  );
  const fallback = a.paragraphs[0]?.text ?? label;
  return {
    meta: {
      title: a.headline,
      headline: a.headline,
      description: description(a.summary.trim() ? a.summary : fallback),
      path: articlePath(b.id, a.slug),
      type: "article",
      published: date,
      preload: [dataUrl(ARCHIVE_FILE), dataUrl(bulletinFile(b.id))],
    },
    body,
  };
}

export interface EntityMentions {
  id: string;
  name: string;
  roles: string[];
  articles: Array<{ bulletinId: string; slug: string; headline: string }>;
}

/** A person or place page: who or what, and the articles that mention them. */
export function entityPage(kind: "person" | "place", e: EntityMentions): PageContent {
  const path = kind === "person" ? personPath(e.id) : placePath(e.id);
  const list = e.articles
    .map((a) => `<li><a href="${h(articlePath(a.bulletinId, a.slug))}" class="hover:underline">${h(a.headline)}</a></li>`)
    .join("");
  const n = e.articles.length;
  const summary = `${e.name}${e.roles.length ? ` (${e.roles.join("; ")})` : ""}: mentioned in ${n} article${n === 1 ? "" : "s"}.`;
  const body = shell(
    [
      `<div class="measure">`,
      `<h1 class="font-serif text-4xl font-semibold tracking-tight">${h(e.name)}</h1>`,
      e.roles.length ? `<p class="mt-2">${h(e.roles.join("; "))}</p>` : "",
      `<h2 class="mt-8 font-serif text-2xl font-semibold">Mentioned in</h2>`,
      `<ul class="mt-2 list-disc pl-5">${list}</ul>`,
      `</div>`,
    ].join(""),
  );
  return {
    meta: { title: e.name, headline: e.name, description: description(summary), path, type: "website" },
    body,
  };
}

export function searchPage(): PageContent {
  const body = shell(
    [
      `<h1 class="font-serif text-4xl font-semibold tracking-tight">Search</h1>`,
      `<p class="mt-2">Search needs JavaScript. Browse the <a href="/" class="link">archive</a> instead.</p>`,
    ].join(""),
  );
  return {
    meta: {
      title: "Search",
      headline: "Search the archive",
      description: `Search every article, quote, person and place in the ${SITE_NAME} archive.`,
      path: searchPath(),
      type: "website",
    },
    body,
  };
}

export function importPage(): PageContent {
  const body = shell(
    [
      `<h1 class="font-serif text-4xl font-semibold tracking-tight">Open your own bulletins</h1>`,
      `<p class="mt-2">Opening .txt bulletins needs JavaScript: they are read in your browser and never uploaded. Browse the <a href="/" class="link">archive</a> instead.</p>`,
    ].join(""),
  );
  return {
    meta: {
      title: "Import",
      headline: "Open your own bulletins",
      description: "Open IWPR bulletins saved as .txt files; they are read in your browser and kept there.",
      path: "/import",
      type: "website",
    },
    body,
  };
}

export function notFoundPage(): PageContent {
  const body = shell(
    [
      `<h1 class="font-serif text-4xl font-semibold tracking-tight">Page not found</h1>`,
      `<p class="mt-2">There is no page at this address. It may have moved, or the link may be mistyped.</p>`,
      `<p class="mt-2"><a href="/" class="link">Go to the archive</a></p>`,
    ].join(""),
  );
  return {
    meta: {
      title: "Page not found",
      headline: "Page not found",
      description: "There is no page at this address.",
      path: "/404",
      type: "website",
      noindex: true,
    },
    body,
  };
}
