// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { makeArticle, makeBulletin } from "../testing/bulletins.ts";
import { description } from "./html.ts";
import { ARCHIVE_PRERENDER_LIMIT } from "./pages.ts";
import { siteFiles } from "./site-pages.ts";

const SITE = "https://bulletins.example.org";
// The shape of Vite's built index.html: hashed module script, CSP meta, empty #root.
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    <meta name="description" content="The generic description." />
    <title>Bulletin Reader</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const hostile = makeArticle({
  slug: "pipeline-talks",
  headline: 'Pipeline </title><script>alert(1)</script> Talks "Stall"',
  summary: "Costs of $& and $1 <img src=x onerror=alert(1)> rise.",
  authors: [{ name: "Ann Writer", location: "Almaty" }],
  paragraphs: [
    { id: "p1", text: "The first paragraph, with <b>tags</b> as text.", incomplete: false, lines: { startLine: 1, endLine: 1 } },
    { id: "p2", text: "The second paragraph.", incomplete: false, lines: { startLine: 2, endLine: 2 } },
  ],
});
const bulletin = makeBulletin({
  id: "xyz-42",
  series: "Example Reporting Service",
  issue: 42,
  date: "2004-05-06",
  articles: [hostile, makeArticle({ slug: "../../etc", headline: "Unsafe slug" })],
  people: [
    {
      id: "ann-other",
      name: "Ann Other",
      aliases: [],
      roles: ["mayor"],
      mentions: [{ articleSlug: "pipeline-talks", paragraphId: "p1", start: 0, end: 3 }],
    },
  ],
});

function page(fileName: string, bulletins = [bulletin]): Document {
  const file = siteFiles(TEMPLATE, bulletins, SITE).find((f) => f.fileName === fileName);
  if (!file) throw new Error(`no ${fileName}`);
  return new DOMParser().parseFromString(file.source, "text/html");
}
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

describe("prerendered pages", () => {
  it("gives an article page its own title, description, canonical URL and preview tags", () => {
    const doc = page("bulletins/xyz-42/articles/pipeline-talks/index.html");
    const url = `${SITE}/bulletins/xyz-42/articles/pipeline-talks`;
    expect(doc.title).toBe('Pipeline </title><script>alert(1)</script> Talks "Stall" — Bulletin Reader');
    expect(meta(doc, "description")).toBe(hostile.summary);
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(url);
    expect(meta(doc, "og:url")).toBe(url);
    expect(meta(doc, "og:title")).toBe(hostile.headline);
    expect(meta(doc, "og:type")).toBe("article");
    expect(meta(doc, "og:site_name")).toBe("Bulletin Reader");
    expect(meta(doc, "twitter:card")).toBe("summary");
    expect(meta(doc, "twitter:description")).toBe(hostile.summary);
  });

  it("puts the article's text inside #root, bulletin markup shown as text and never run", () => {
    const doc = page("bulletins/xyz-42/articles/pipeline-talks/index.html");
    const root = doc.getElementById("root")!;
    expect(root.querySelector("h1")?.textContent).toBe(hostile.headline);
    expect(root.querySelector("#p1")?.textContent).toBe("The first paragraph, with <b>tags</b> as text.");
    expect(root.querySelector("#p2")?.textContent).toBe("The second paragraph.");
    expect(root.textContent).toContain("By Ann Writer in Almaty");
    expect(doc.querySelectorAll("script")).toHaveLength(1); // only the app's own
    expect(doc.querySelectorAll("img, b")).toHaveLength(0);
    expect(doc.querySelector('script[src="/assets/index-abc123.js"]')).not.toBeNull();
  });

  it("writes a page for the archive, each bulletin, article, person, search and import, and a 404", () => {
    const names = siteFiles(TEMPLATE, [bulletin], SITE).map((f) => f.fileName);
    expect(names).toEqual(
      expect.arrayContaining([
        "index.html",
        "search/index.html",
        "import/index.html",
        "bulletins/xyz-42/index.html",
        "bulletins/xyz-42/articles/pipeline-talks/index.html",
        "people/ann-other/index.html",
        "404.html",
        "sitemap.xml",
      ]),
    );
    // An id that could climb out of the output folder is never a file name.
    expect(names.some((n) => n.includes(".."))).toBe(false);
  });

  it("lets the bulletin page link each article and the downloads", () => {
    const links = [...page("bulletins/xyz-42/index.html").querySelectorAll("#root a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(
      expect.arrayContaining([
        "/bulletins/xyz-42/articles/pipeline-talks",
        "/data/bulletins/xyz-42.json",
        "/data/bulletins/xyz-42.quotes.csv",
        "/data/bulletins/xyz-42.statistics.csv",
      ]),
    );
  });

  it("makes the 404 page say so, and keeps it out of search engines", () => {
    const doc = page("404.html");
    expect(doc.querySelector("#root h1")?.textContent).toBe("Page not found");
    expect(meta(doc, "robots")).toBe("noindex");
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it("lists only the newest bulletins on the archive page of a large archive, newest first", () => {
    const many = Array.from({ length: ARCHIVE_PRERENDER_LIMIT + 10 }, (_, i) =>
      makeBulletin({ id: `xyz-${i + 1}`, issue: i + 1, date: `2001-01-${String((i % 28) + 1).padStart(2, "0")}` }),
    );
    const items = page("index.html", many).querySelectorAll("#root ol > li");
    expect(items).toHaveLength(ARCHIVE_PRERENDER_LIMIT);
    // Dates cycle 1–28 January: the 28th, bulletin 28, is the newest.
    expect(items[0]?.querySelector("h2 a")?.getAttribute("href")).toBe("/bulletins/xyz-28");
  });
});

describe("meta description", () => {
  it("cuts a long summary at a word boundary", () => {
    const text = "word ".repeat(100);
    const cut = description(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
  it("repeats no template comments or indentation on every page, and keeps the CSP readable", () => {
    const commented = TEMPLATE.replace("<head>", "<head>\n    <!-- a note for developers -->").replace(
      `content="default-src 'self'"`,
      `content="default-src &#39;self&#39;"`,
    );
    const person = siteFiles(commented, [bulletin], SITE).find((f) => f.fileName === "people/ann-other/index.html")!.source;
    expect(person).not.toContain("<!--");
    expect(person).not.toMatch(/\n {2,}</);
    expect(person).toContain(`content="default-src 'self'"`);
    const doc = new DOMParser().parseFromString(person, "text/html");
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe("default-src 'self'");
    expect(doc.querySelector("#root h1")?.textContent).toBe("Ann Other");
  });
});
