// @vitest-environment jsdom
/**
 * Quote pages made without the app's renderer must be the app's own markup,
 * character for character, or the app would not adopt them (hydrate) as it
 * does every other prerendered page.
 */
import { afterEach, describe, expect, it } from "vitest";
import { generateArchive } from "../../../bench/synth/generate.ts";
import { createPageRenderer, setDataSource } from "../../app/ssr.tsx";
import type { Bulletin } from "../../parser/model/index.ts";
import { parseBulletin } from "../../parser/index.ts";
import { bulletinFile } from "../data-paths.ts";
import { makeArticle, makeBulletin, makeHostileArticle } from "../testing/bulletins.ts";
import { quotePages, quotePageTemplate } from "./quote-pages.ts";
import { templatePages } from "./template-pages.ts";

function serve(bulletins: readonly Bulletin[]) {
  const files = new Map(bulletins.map((b) => [`/${bulletinFile(b.id)}`, JSON.stringify(b)]));
  setDataSource(async (url) => {
    const body = files.get(new URL(url, "http://x").pathname);
    return body === undefined ? new Response(null, { status: 404 }) : new Response(body, { headers: { "content-type": "application/json" } });
  });
}
afterEach(() => setDataSource((url, init) => fetch(url, init)));

/** Every quote page, made here and by the app; and the warnings given. */
async function bothWays(bulletins: readonly Bulletin[]) {
  serve(bulletins);
  const app = createPageRenderer();
  const warnings: string[] = [];
  const quotes = templatePages([quotePageTemplate((id) => bulletins.find((b) => b.id === id) ?? null)], (route) => app.render(route), (m) => warnings.push(m));
  const pages: Array<{ route: string; made: string | undefined; app: string }> = [];
  try {
    for (const route of quotePages(bulletins).keys()) {
      const made = await quotes.render(route);
      const page = await app.render(route);
      // The page cache keeps a page until one of these files changes: they must be the ones the app reads.
      if (made) expect(made.dataFiles, route).toEqual(page.dataFiles);
      pages.push({ route, made: made?.html, app: page.html });
    }
  } finally {
    app.dispose();
  }
  return { pages, warnings };
}

const text = `He said "we'll stay" & <b>won't</b> leave`;
const hostile = makeHostileArticle();
const article = makeArticle({
  slug: "a-quote",
  headline: `Talks & "Tensions" <i>rise</i>`,
  paragraphs: [{ id: "p1", text: `Before. ${text} After.`, incomplete: false, lines: { startLine: 1, endLine: 1 } }],
  quotes: [
    { id: "q1", text, paragraphId: "p1", start: 8, end: 8 + text.length, speaker: { name: "Aida O'Example", personId: "aida" }, attribution: "explicit", unclosed: false },
    { id: "q2", text: "Short.", paragraphId: "p9", start: 0, end: 6, speaker: { name: "Spokesman", personId: null }, attribution: "explicit", unclosed: false },
    { id: "q3", text: "No one.", paragraphId: "p1", start: 0, end: 7, speaker: { name: "", personId: null }, attribution: "explicit", unclosed: false },
  ],
});
const fixtures = [
  makeBulletin({ id: "xyz-7", date: "2009-04-02", articles: [article], people: [{ id: "aida", name: "Aida O'Example", aliases: [], roles: [], mentions: [] }] }),
  makeBulletin({ id: "xyz-8", date: null, series: null, issue: null, articles: [{ ...article, slug: "undated", quotes: article.quotes.slice(1) }, hostile] }),
];

describe("quote pages made without the app's renderer", () => {
  it("are the app's markup for hostile text, speakers with and without a page, a missing paragraph and no date", async () => {
    const { pages, warnings } = await bothWays(fixtures);
    expect(warnings).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) expect(page.made, page.route).toBe(page.app);
  });

  it("are the app's markup for every quote of generated bulletins", async () => {
    const bulletins = generateArchive(6, 5).map((b) => parseBulletin(b.text, { fileName: `${b.fileName}.txt` }));
    const { pages, warnings } = await bothWays(bulletins);
    expect(warnings).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(page.made, page.route).toBe(page.app);
  }, 60_000);

  it("leave quote pages to the app, with a warning, when its markup differs", async () => {
    serve(fixtures);
    const app = createPageRenderer();
    const warnings: string[] = [];
    const otherwise = async (route: string) => {
      const page = await app.render(route);
      return { ...page, html: page.html.replace("The paragraph", "Its paragraph") };
    };
    try {
      const quotes = templatePages([quotePageTemplate((id) => fixtures.find((b) => b.id === id) ?? null)], otherwise, (m) => warnings.push(m));
      const [first] = quotePages(fixtures).keys();
      expect(await quotes.render(first!)).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(await quotes.render("/bulletins/xyz-7")).toBeNull();
    } finally {
      app.dispose();
    }
  });
});
