/**
 * Turns the built index.html into one page's HTML: its own <title>, meta
 * description, canonical URL, Open Graph and Twitter card tags, and the app's
 * own render of the page inside #root (for readers and crawlers without
 * JavaScript, and for the app to hydrate). Styles and CSP stay as they are;
 * the app's scripts are handed to public/app-start.js (`deferAppStart`).
 */
import { h } from "./html.ts";
import { absoluteUrl, SITE_NAME } from "./site.ts";

export interface PageMeta {
  /** The document title (the site name is appended). */
  title: string;
  /** Headline for previews: og:title (which X's cards read too). */
  headline: string;
  description: string;
  /** Route path, e.g. `/bulletins/x/articles/y`. */
  path: string;
  /** Where the same content lives under its main address (another spelling's page names the archive-wide one). */
  canonicalPath?: string;
  type: "website" | "article";
  /** Data files the app will fetch first on this page; preloaded as it starts, so they arrive with its code. */
  preload?: string[];
  /** Extra head tags, already escaped (feed link, robots). */
  extraHead?: string[];
  /** For articles: ISO date of publication. */
  published?: string | null;
  /** A page that must not be indexed (the 404 page). */
  noindex?: boolean;
}

const ROOT_EMPTY = /<div id="root"><\/div>/;
// Tags the template may carry that each page sets for itself.
const PAGE_SPECIFIC_HEAD = [
  /<title>[\s\S]*?<\/title>\s*/i,
  /<meta\s+name="description"[^>]*>\s*/gi,
  /<link\s+rel="canonical"[^>]*>\s*/gi,
  /<meta\s+(?:property|name)="(?:og|twitter):[^"]*"[^>]*>\s*/gi,
];

export function assertTemplate(template: string): void {
  if (!ROOT_EMPTY.test(template) || !/<\/head>/i.test(template)) {
    throw new Error('prerender: the built index.html has no empty <div id="root"></div> or no </head>');
  }
}

/**
 * The template as every page repeats it, without bytes no browser needs: at
 * 1,000 bulletins the build writes ~25,000 pages, most of them small person
 * pages where the shared head is over half the file. Comments and the
 * indentation between tags go; the CSP keeps its value, with `'` written
 * plainly instead of as `&#39;` (valid inside a double-quoted attribute).
 * Runs on the template only, never on page content.
 */
export function slimTemplate(template: string): string {
  return template
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/>\s+</g, ">\n<")
    .replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/i, (_m, start: string, policy: string) => `${start}${policy.replaceAll("&#39;", "'")}"`);
}

/** public/app-start.js: loads the app once the prerendered page has painted and loaded, or when the reader reaches for it. */
export const APP_START_SCRIPT = "/app-start.js";

const ENTRY_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\s*/g;

/**
 * A prerendered page paints from its HTML and CSS alone; the app only
 * enhances it. Its scripts, their preloads and the page's data are handed to
 * public/app-start.js, which asks for them once the page has painted and loaded and the
 * browser is idle, or at the reader's first touch or key: fetched with the
 * HTML they share a slow connection with the stylesheet and hold the first
 * paint back, and run during the load they block it (measured by
 * `npm run bench:web`).
 */
export function deferAppStart(html: string, dataFiles: readonly string[]): string {
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry) throw new Error("prerender: the built index.html has no module script for the app");
  const modules = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  const start =
    `<script src="${APP_START_SCRIPT}" defer data-entry="${h(entry)}"` +
    (modules.length ? ` data-modules="${h(modules.join(" "))}"` : "") +
    (dataFiles.length ? ` data-fetches="${h(dataFiles.join(" "))}"` : "") +
    `></script>\n`;
  return html.replace(MODULE_PRELOAD, "").replace(ENTRY_SCRIPT, () => start);
}

/**
 * The template slimmed and without the tags each page sets itself, made once
 * per template rather than once per page (tens of thousands of pages, the
 * same template: 1.5 s of a build's main thread at 1,000 bulletins).
 */
let shared: { template: string; html: string } | null = null;
function sharedPart(template: string): string {
  if (shared?.template !== template) {
    let html = slimTemplate(template);
    for (const pattern of PAGE_SPECIFIC_HEAD) html = html.replace(pattern, "");
    shared = { template, html };
  }
  return shared.html;
}

export function renderDocument(template: string, siteUrl: string, meta: PageMeta, body: string): string {
  return composeDocument(template, siteUrl, meta, body).html;
}

const ROOT_OPEN = '<div id="root">';

/**
 * The template's parts around the page's own head tags and its markup, for
 * pages preloading the same files (most preload none): made once rather than
 * searched for and cut again for each of tens of thousands of pages.
 */
interface DocumentFrame {
  /** Up to `</head>`. */
  head: string;
  /** From `</head>` to inside `<div id="root">`. */
  body: string;
  /** What follows the page's markup. */
  tail: string;
}
let frames: { template: string; byPreload: Map<string, DocumentFrame> } | null = null;
/** Different preload lists kept at most (a bulletin's or article's page preloads its own file: thousands). */
const FRAMES_KEPT = 64;

function frameFor(template: string, preload: readonly string[]): DocumentFrame {
  if (frames?.template !== template) frames = { template, byPreload: new Map() };
  const key = preload.join("\n");
  let frame = frames.byPreload.get(key);
  if (frame === undefined) {
    const html = deferAppStart(sharedPart(template), preload);
    const headEnd = html.search(/<\/head>/i);
    const bodyAt = html.search(ROOT_EMPTY) + ROOT_OPEN.length;
    if (headEnd < 0 || bodyAt < headEnd) throw new Error("prerender: the built index.html has no </head> before its empty root");
    frame = { head: html.slice(0, headEnd), body: html.slice(headEnd, bodyAt), tail: html.slice(bodyAt) };
    if (frames.byPreload.size >= FRAMES_KEPT) frames.byPreload.clear();
    frames.byPreload.set(key, frame);
  }
  return frame;
}

/** The page's document, and where `body` begins in it (the page cache keeps the body alone). */
export function composeDocument(template: string, siteUrl: string, meta: PageMeta, body: string): { html: string; bodyAt: number } {
  const frame = frameFor(template, meta.preload ?? []);
  const url = absoluteUrl(siteUrl, meta.canonicalPath ?? meta.path);
  // The same form as the app's titles, so the tab does not change when it mounts.
  const title = meta.title === SITE_NAME ? SITE_NAME : `${meta.title} — ${SITE_NAME}`;
  const head = [
    `<title>${h(title)}</title>`,
    `<meta name="description" content="${h(meta.description)}">`,
    ...(meta.noindex ? [`<meta name="robots" content="noindex">`] : [`<link rel="canonical" href="${h(url)}">`]),
    `<meta property="og:site_name" content="${h(SITE_NAME)}">`,
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:title" content="${h(meta.headline)}">`,
    `<meta property="og:description" content="${h(meta.description)}">`,
    ...(meta.noindex ? [] : [`<meta property="og:url" content="${h(url)}">`]),
    ...(meta.published ? [`<meta property="article:published_time" content="${h(meta.published)}">`] : []),
    // X reads the title and description from og: when its own tags are absent: repeating them cost every page 0.4 kB.
    `<meta name="twitter:card" content="summary">`,
    ...(meta.extraHead ?? []),
  ];
  // Spliced, not replaced by pattern, so `$&` or `$1` in bulletin text is not read as one.
  const before = `${frame.head}${head.join("\n")}\n${frame.body}`;
  return { html: `${before}${body}${frame.tail}`, bodyAt: before.length };
}
