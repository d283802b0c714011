/**
 * Person and place pages (`/people/<id>`, `/places/<id>`) without the app's
 * renderer: 25,400 of the site's 68,500 pages at 1,000 bulletins, most of
 * them short (someone quoted once or twice), each rendered through React,
 * the router and the data layer for a few hundred bytes of its own.
 *
 * The markup is the very markup the app renders (src/app/people/PersonPage.tsx,
 * src/app/places/PlacePage.tsx and the components they use) on its first
 * screen: the first quotes and articles the page's file holds, and under a
 * longer list the button that reads the rest as the reader scrolls. It is
 * made from the page's file (the one the app's render reads, its redirect
 * followed) and checked against the app's own render as template-pages.ts
 * says; entity-pages.test.ts compares them over hostile and generated bulletins.
 */
import { formatDate, formatNumber } from "../../app/lib/format.ts";
import { roleDates } from "../../app/people/role-dates.ts";
import { TIMELINE_HEIGHT, TIMELINE_WIDTH, timelineLayout } from "../../app/people/timeline-layout.ts";
import { placeKindLine, placeMapLabel } from "../../app/places/place-text.ts";
import { builtPageFiles } from "../../app/search/built-page-files.ts";
import type { LocatorMap } from "../../map/types.ts";
import { personFile, placeFile } from "../../search/data-paths.ts";
import type { ArticleRef, QuoteRef } from "../../search/entities.ts";
import type { PersonPageData, PlacePageData } from "../../search/page-data.ts";
import { SAFE_SEGMENT } from "./html.ts";
import { attributes, link, linkMarkup, text, texts } from "./react-markup.ts";
import type { PageTemplate } from "./template-pages.ts";

type Person = PersonPageData["person"];
type Place = PlacePageData["place"];

/**
 * The URL the app reads an id's file at (page-data-client.ts `builtPageUrl`,
 * with the site at the root, as the prerender builds it): the check
 * compares the files each page was made from, so a base of another shape
 * would be found there.
 */
const fileUrl = (file: (id: string) => string) => (id: string) => `/${file(encodeURIComponent(id))}`;

/** What a person's or place's page shows, and the files it came from (its own, and the one it redirects to). */
interface EntityRef<T> {
  entity: T;
  files: string[];
}

/** The page's data for `/<folder>/<id>`, or null: another route, an id the app would fetch otherwise, a file not of `kind`. */
function entityOf<T>(route: string, folder: string, kind: string, file: (id: string) => string, read: (url: string) => unknown): EntityRef<T> | null {
  const prefix = `/${folder}/`;
  if (!route.startsWith(prefix)) return null;
  const id = route.slice(prefix.length);
  if (!SAFE_SEGMENT.test(id)) return null;
  const page = builtPageFiles(fileUrl(file), id, read);
  if (page === null || page.data.kind !== kind) return null;
  return { entity: page.data[kind] as T, files: [...page.files].sort() };
}

const MUTED = "text-stone-600 dark:text-stone-400";

/** The page's breadcrumb: `Archive / People`. */
const breadcrumb = (section: string) => `<nav aria-label="Breadcrumb" class="text-sm ${MUTED}">${link("/", "link", "Archive")} / ${text(section)}</nav>`;

const heading = (name: string) => `<h1 class="mt-2 font-serif text-4xl font-semibold">${text(name)}</h1>`;

/** A section of the page: `<h2>` and what follows it. */
const section = (id: string, title: string, body: string) =>
  `<section aria-labelledby="${id}" class="mt-8"><h2 id="${id}" class="font-serif text-2xl font-semibold">${title}</h2>${body}</section>`;

/** A list's quotes, each a link to its page, with `source` under it (the JSX's text nodes there). */
const quoteList = (quotes: readonly QuoteRef[], source: (q: QuoteRef) => string[]) =>
  `<ol class="mt-2 space-y-4">` +
  quotes
    .map(
      (q) =>
        `<li><blockquote class="font-serif text-lg">${link(q.href, "hover:underline", q.text)}</blockquote>` +
        `<p class="text-sm ${MUTED}">${texts(...source(q), q.date ? ` · ${formatDate(q.date)}` : "")}</p></li>`,
    )
    .join("") +
  `</ol>`;

/** src/app/search/ArticleList.tsx. */
function articleList(articles: readonly ArticleRef[]): string {
  if (articles.length === 0) return `<p class="mt-2 ${MUTED}">None.</p>`;
  const item = (a: ArticleRef) =>
    `<li>${link(a.href, "link font-semibold", a.headline)}${a.date ? `<span class="text-sm ${MUTED}">${texts(" · ", formatDate(a.date) ?? "")}</span>` : ""}</li>`;
  return `<ul class="mt-2 space-y-2">${articles.map(item).join("")}</ul>`;
}

/** src/app/components/MoreRows.tsx under a list whose later pieces are still to be read (none is, on the first screen): nothing when it has none. */
function moreRows(pieces: readonly string[], shown: number, total: number, plural: string): string {
  if (pieces.length === 0) return "";
  return (
    `<p class="mt-4"><button type="button" class="btn">${text(`Show more ${plural}`)}</button> ` +
    `<span class="text-sm ${MUTED}">${texts(formatNumber(shown), " of ", formatNumber(total), " shown")}</span></p>`
  );
}

/** The articles section, the same on both pages. */
const articlesSection = (entity: Person | Place) =>
  section("articles", texts("Articles that mention ", entity.name), articleList(entity.articles) + moreRows(entity.more.articles, entity.articles.length, entity.articleCount, "articles"));

/** src/app/people/QuoteTimeline.tsx. */
function quoteTimeline(person: Person): string {
  const layout = timelineLayout(person.timeline, person.quotes);
  if (!layout) return "";
  const { axis } = layout;
  const ticks = layout.ticks.map(
    (t) => `<text${attributes([["x", t.x], ["y", t.y], ["text-anchor", "middle"], ["font-size", 10], ["fill", "currentColor"]])}>${text(t.label)}</text>`,
  );
  const marks = layout.marks.map((m) =>
    linkMarkup(
      m.href,
      [["tabindex", -1], ["data-mark", m.quoteId]],
      `<title>${text(m.title)}</title>` +
        `<circle${attributes([["cx", m.cx], ["cy", m.cy], ["r", 4], ["class", "fill-amber-600 dark:fill-amber-400"], ["stroke", "white"], ["stroke-width", 0.75]])}></circle>`,
    ),
  );
  return (
    `<figure class="mt-3"><svg viewBox="0 0 ${TIMELINE_WIDTH} ${TIMELINE_HEIGHT}" class="w-full max-w-2xl text-stone-500" aria-hidden="true" data-timeline="quotes">` +
    `<line${attributes([["x1", axis.x1], ["x2", axis.x2], ["y1", axis.y], ["y2", axis.y], ["stroke", "currentColor"], ["stroke-opacity", 0.5]])}></line>` +
    ticks.join("") +
    marks.join("") +
    `</svg><figcaption class="sr-only">${texts("When ", layout.made, " made; the list below gives each.")}</figcaption></figure>`
  );
}

/** The page's own part (inside the layout's <main>), as src/app/people/PersonPage.tsx renders it on its first screen. */
export function personContent(person: Person): string {
  const roles =
    person.roles.length === 0
      ? `<p class="mt-2 ${MUTED}">No role is given in the bulletins.</p>`
      : `<ol class="mt-2 space-y-1">${person.roles.map((r) => `<li>${texts(r.role, " ")}<span class="text-sm ${MUTED}">${texts("(", roleDates(r), ")")}</span></li>`).join("")}</ol>`;
  const quotes =
    quoteTimeline(person) +
    (person.quoteCount === 0 ? `<p class="mt-2 ${MUTED}">${texts("No quotes are attributed to ", person.name, ".")}</p>` : quoteList(person.quotes, (q) => [q.headline])) +
    moreRows(person.more.quotes, person.quotes.length, person.quoteCount, "quotes");
  return (
    `<div class="mx-auto max-w-3xl">` +
    breadcrumb("People") +
    heading(person.name) +
    (person.alsoSpelled.length > 0 ? `<p class="mt-2 text-stone-700 dark:text-stone-300">${texts("Also spelled: ", person.alsoSpelled.join(", "))}</p>` : "") +
    section("roles", "Roles", roles) +
    section("quotes", texts("Quotes (", String(person.quoteCount), ")"), quotes) +
    articlesSection(person) +
    `</div>`
  );
}

/** src/app/places/LocatorMapView.tsx. */
function locatorMap(map: LocatorMap, label: string): string {
  const shapes = map.shapes.map(
    (s) =>
      `<path${attributes([["d", s.d], ["class", s.home ? "fill-amber-200 dark:fill-amber-900" : "fill-stone-200 dark:fill-stone-700"], ["stroke", "currentColor"], ["stroke-opacity", 0.35], ["stroke-width", 0.5]])}></path>`,
  );
  return (
    `<svg${attributes([
      ["role", "img"],
      ["aria-label", label],
      ["viewBox", `0 0 ${map.width} ${map.height}`],
      ["class", "w-full max-w-md rounded-md border border-stone-200 bg-sky-50 dark:border-stone-700 dark:bg-slate-800"],
    ])}>` +
    shapes.join("") +
    `<circle${attributes([["cx", map.dot.x], ["cy", map.dot.y], ["r", 4], ["class", "fill-red-600"], ["stroke", "white"], ["stroke-width", 1.5]])}></circle></svg>`
  );
}

/** The page's own part (inside the layout's <main>), as src/app/places/PlacePage.tsx renders it on its first screen. */
export function placeContent(place: Place): string {
  const quotes =
    (place.quoteCount === 0 ? `<p class="mt-2 ${MUTED}">None.</p>` : quoteList(place.quotes, (q) => [q.speaker, " · ", q.headline])) +
    moreRows(place.more.quotes, place.quotes.length, place.quoteCount, "quotes");
  return (
    `<div class="mx-auto max-w-3xl">` +
    breadcrumb("Places") +
    heading(place.name) +
    `<p class="mt-2 text-stone-700 dark:text-stone-300">${text(placeKindLine(place))}</p>` +
    (place.alsoKnownAs.length > 0 ? `<p class="mt-1 text-stone-700 dark:text-stone-300">${texts("Also known as: ", place.alsoKnownAs.join(", "))}</p>` : "") +
    `<div class="mt-6">` +
    (place.map ? locatorMap(place.map, placeMapLabel(place)) : `<p class="${MUTED}">${texts("No map: the bulletins do not say where exactly ", place.name, " is.")}</p>`) +
    `</div>` +
    section("quotes", texts("Quotes that mention ", place.name), quotes) +
    articlesSection(place) +
    `</div>`
  );
}

/** Person pages from their files (`read`: a data file's parsed content, as the app's render is given it, or undefined). */
export function personPageTemplate(read: (url: string) => unknown): PageTemplate<EntityRef<Person>> {
  return {
    name: "person pages",
    view: "src/app/people/PersonPage.tsx",
    module: "src/site-generator/prerender/entity-pages.ts",
    of: (route) => entityOf<Person>(route, "people", "person", personFile, read),
    content: (ref) => personContent(ref.entity),
    dataFiles: (ref) => ref.files,
  };
}

/** Place pages from their files, as `personPageTemplate`. */
export function placePageTemplate(read: (url: string) => unknown): PageTemplate<EntityRef<Place>> {
  return {
    name: "place pages",
    view: "src/app/places/PlacePage.tsx",
    module: "src/site-generator/prerender/entity-pages.ts",
    of: (route) => entityOf<Place>(route, "places", "place", placeFile, read),
    content: (ref) => placeContent(ref.entity),
    dataFiles: (ref) => ref.files,
  };
}
