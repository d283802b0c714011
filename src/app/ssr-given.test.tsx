// @vitest-environment jsdom
/**
 * The prerender gives a bulletin, article, quote, person or place page the
 * data file its loader would fetch (src/app/ssr.tsx `ReadData`), rather than
 * have it fetched, read as text and checked, and renders the layout around
 * pages once per route, splicing each page's own markup into it
 * (`spliceLayout`). The page must come out exactly as the app's whole render
 * of it: the same markup (the browser hydrates it), status and data files
 * (the page cache keys on them).
 */
import { afterEach, describe, expect, it } from "vitest";
import { generateArchive } from "../../bench/synth/generate.ts";
import { parseBulletin } from "../parser/index.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { searchEmitter } from "../search/emit.ts";
import { archiveEmitter, bulletinFilesEmitter } from "../site-generator/emitters.ts";
import { makeBulletin, makeHostileArticle } from "../site-generator/testing/bulletins.ts";
import { createPageRenderer, setDataSource } from "./ssr.tsx";

afterEach(() => setDataSource((url, init) => fetch(url, init)));

/** The data files the build writes for `bulletins`, by URL, and the page routes to render from them. */
function site(bulletins: Bulletin[]) {
  const files = new Map<string, string>();
  for (const emit of [archiveEmitter, bulletinFilesEmitter, searchEmitter]) for (const f of emit(bulletins)) files.set(`/${f.fileName}`, f.source);
  const routes: string[] = [];
  for (const b of bulletins) {
    routes.push(`/bulletins/${b.id}`);
    for (const a of b.articles) {
      routes.push(`/bulletins/${b.id}/articles/${a.slug}`);
      for (const q of a.quotes) routes.push(`/quotes/${b.id}/${a.slug}/${q.id}`);
    }
  }
  for (const url of files.keys()) {
    const entity = /^\/data\/(people|places)\/([^/]+)\.json$/.exec(url);
    if (entity) routes.push(`/${entity[1]}/${decodeURIComponent(entity[2]!)}`);
  }
  // Pages with no data of their own to give; the import page's drop zone takes its ids from useId (rendered whole).
  routes.push("/", "/search", "/import");
  // Ids no file has: the app's own not-found answers, given nothing.
  routes.push("/people/nobody-at-all", "/bulletins/no-such-1", `/bulletins/${bulletins[0]!.id}/articles/no-such-article`);
  setDataSource(async (url) => {
    const body = files.get(new URL(url, "http://x").pathname);
    return body === undefined ? new Response(null, { status: 404 }) : new Response(body, { headers: { "content-type": "application/json" } });
  });
  const read = (url: string): unknown => {
    const body = files.get(url);
    return body === undefined ? undefined : JSON.parse(body);
  };
  return { routes, read };
}

async function bothWays(bulletins: Bulletin[]) {
  const { routes, read } = site(bulletins);
  // One renderer, as in the build (each notes the files read in its thread): a page given its data, then the same page the whole way.
  const renderer = createPageRenderer();
  const pages: Array<{ route: string; whole: unknown; given: unknown; wasGiven: boolean; wasSpliced: boolean }> = [];
  try {
    for (const route of routes) {
      const { given: pattern, spliced, ...given } = await renderer.render(route, read, { spliceLayout: true });
      const whole = await renderer.render(route);
      pages.push({ route, whole, given, wasGiven: pattern !== undefined, wasSpliced: spliced !== undefined });
    }
  } finally {
    renderer.dispose();
  }
  return pages;
}

describe("pages given their data", () => {
  it("are the app's whole render for hostile text, damage, and ids no file has", async () => {
    const hostile = makeHostileArticle();
    const bulletin = makeBulletin({ id: "xyz-42", series: "Example Reporting Service", issue: 42, date: "2004-05-06", articles: [hostile] });
    const pages = await bothWays([bulletin]);
    expect(pages.filter((p) => p.wasGiven).length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(summary(page.given, page.whole), page.route).toEqual(summary(page.whole, page.given));
  });

  it("are the app's whole render for every page of generated bulletins, people under another spelling's id and places included", async () => {
    const bulletins = generateArchive(5, 11).map((b) => parseBulletin(b.text, { fileName: `${b.fileName}.txt` }));
    const pages = await bothWays(bulletins);
    const given = pages.filter((p) => p.wasGiven).map((p) => p.route.split("/")[1]);
    for (const kind of ["bulletins", "quotes", "people", "places"]) expect(given, kind).toContain(kind);
    const spliced = pages.filter((p) => p.wasSpliced).map((p) => p.route);
    for (const route of ["/people/", "/places/", "/quotes/", "/articles/"]) expect(spliced.some((r) => r.includes(route)), route).toBe(true);
    expect(spliced).toContain("/");
    for (const page of pages) expect(summary(page.given, page.whole), page.route).toEqual(summary(page.whole, page.given));
  }, 120_000);
});

/** What is compared: all of it, the markup shown on failure from where it first differs from `other`'s. */
function summary(page: unknown, other: unknown) {
  const { html, ...rest } = page as { html: string };
  const against = (other as { html: string }).html;
  let at = 0;
  while (at < html.length && html[at] === against[at]) at++;
  return { ...rest, length: html.length, from: html.slice(Math.max(0, at - 60), at + 200) };
}
