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
    `<nav aria-label="Main" class="text-sm"><a href="/" class="hover:underline">Archive</a></nav>`,
    `</div></header>`,
    `<main id="main" class="mx-auto max-w-6xl px-4 pt-8">${content}</main>`,
  ].join("");
}

const feedLink = `<link rel="alternate" type="application/atom+xml" title="${h(SITE_NAME)}" href="/${FEED_FILE}">`;

function datePara(iso: string | null): string {
  const shown = formatDate(iso);
  return shown && iso
    ? `<p class="mt-1 text-stone-600 dark:text-stone-400"><time datetime="${h(iso)}">${h(shown)}</time></p>`
    : "";
}

export function archivePage(bulletins: readonly Bulletin[]): PageContent {
  const listed = bulletins.slice(0, ARCHIVE_PRERENDER_LIMIT);
  const items = listed.map((b) => {
    const articles = b.articles
      .map((a) => `<li><a href="${h(articlePath(b.id, a.slug))}" class="hover:underline">${h(a.headline)}</a></li>`)
      .join("");
    return [
      `<li class="py-4">`,
      `<h2 class="font-serif text-xl font-semibold"><a href="${h(bulletinPath(b.id))}" class="hover:underline">${h(issueLabel(b))}</a></h2>`,
      datePara(b.date),
      articles ? `<ul class="mt-2 list-disc pl-5">${articles}</ul>` : "",
      `</li>`,
    ].join("");
  });
  const more =
    bulletins.length > listed.length
      ? `<p class="mt-4">The ${listed.length} newest of ${bulletins.length} bulletins. <a href="/sitemap.xml" class="link">Every page</a></p>`
      : "";
  const body = shell(
    [
      `<h1 class="font-serif text-4xl font-semibold tracking-tight">Archive</h1>`,
      `<p class="mt-2">${h(SITE_DESCRIPTION)} <a href="/${FEED_FILE}" class="link">Atom feed</a></p>`,
      `<ol class="mt-6 divide-y divide-stone-200 dark:divide-stone-800">${items.join("")}</ol>`,
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
      extraHead: [feedLink],
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
    [bulletinFile(b.id), "Bulletin data (JSON)"],
    [quotesCsvFile(b.id), "Quotes (CSV)"],
    [statisticsCsvFile(b.id), "Statistics (CSV)"],
  ]
    .map(([file, text]) => `<li><a href="${h(dataUrl(file!))}" download class="link">${h(text!)}</a></li>`)
    .join("");
  const body = shell(
    [
      `<div class="measure">`,
      `<nav aria-label="Breadcrumb" class="text-sm"><a href="/" class="link">Archive</a> / <span aria-current="page">${h(label)}</span></nav>`,
      `<h1 class="mt-3 font-serif text-4xl font-semibold tracking-tight">${h(label)}</h1>`,
      datePara(b.date),
      `<h2 class="mt-8 font-serif text-2xl font-semibold">Contents</h2>`,
      `<ol class="mt-4 space-y-6">${contents}</ol>`,
      `<h2 class="mt-8 font-serif text-2xl font-semibold">Downloads</h2>`,
      `<ul class="mt-2 list-disc pl-5">${downloads}</ul>`,
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
      extraHead: [feedLink],
    },
    body,
  };
}

export function articlePage(b: Bulletin, a: Article): PageContent {
  const label = issueLabel(b);
  const date = a.issueTag?.date ?? b.date;
  const paragraphs = a.paragraphs.map((p) => `<p id="${h(p.id)}">${h(p.text)}</p>`).join("");
  const body = shell(
    [
      `<article class="measure">`,
      `<nav aria-label="Breadcrumb" class="text-sm"><a href="/" class="link">Archive</a> / <a href="${h(bulletinPath(b.id))}" class="link">${h(label)}</a></nav>`,
      a.section ? `<p class="mt-3 text-xs font-semibold uppercase tracking-wider">${h(a.section)}</p>` : "",
      `<h1 class="mt-3 font-serif text-4xl font-semibold tracking-tight">${h(a.headline)}</h1>`,
      a.authors.length ? `<p class="mt-2 byline">By ${h(authorsLine(a.authors))}</p>` : "",
      datePara(date),
      a.summary ? `<p class="mt-4 font-serif text-lg">${h(a.summary)}</p>` : "",
      `<div class="prose mt-6 space-y-4 font-serif">${paragraphs}</div>`,
      a.authorNote ? `<p class="mt-6 text-sm italic">${h(a.authorNote)}</p>` : "",
      `</article>`,
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
      extraHead: [feedLink],
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
