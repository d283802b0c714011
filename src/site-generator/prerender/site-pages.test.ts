// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Bulletin } from "../../parser/model/index.ts";
import { makeArticle, makeBulletin, makeHostileArticle } from "../testing/bulletins.ts";
import { description } from "./html.ts";
import type { EntitySummary } from "./pages.ts";
import { siteFiles, sitemapFiles, type RenderRoute, type SiteFile } from "./site-pages.ts";

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
    <link rel="modulepreload" crossorigin href="/assets/shared-def456.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const hostile = makeHostileArticle();
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

/**
 * Stands in for the app's server render (src/app/ssr.tsx, exercised by the
 * browser tests on the real build): a heading naming the route, and a 404 for
 * a route the test says the app does not know.
 */
const renderRoute =
  (missing: string[] = []): RenderRoute =>
  async (path) => ({ html: `<main><h1>${path}</h1></main>`, status: missing.includes(path) ? 404 : 200 });

const annOther: EntitySummary = { kind: "person", id: "ann-other", canonicalId: "ann-other", name: "Ann Other", roles: ["mayor"], articleCount: 1 };
// Her name as another bulletin spells it: the same person, under the id that bulletin's article links to.
const annOtter: EntitySummary = { ...annOther, id: "ann-otter" };
const entities = [annOther, annOtter];

/** The site's files, and what `siteFiles` says it did. */
async function site(bulletins: Bulletin[], people: EntitySummary[], render: RenderRoute, template = TEMPLATE) {
  const written: SiteFile[] = [];
  const result = await siteFiles(template, bulletins, people, SITE, render, (file) => {
    written.push(file);
  });
  return { ...result, files: written };
}

async function files(bulletins = [bulletin], render = renderRoute()) {
  return (await site(bulletins, entities, render)).files;
}

async function page(fileName: string, bulletins = [bulletin]): Promise<Document> {
  const file = (await files(bulletins)).find((f) => f.fileName === fileName);
  if (!file) throw new Error(`no ${fileName}`);
  return new DOMParser().parseFromString(file.source, "text/html");
}
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

describe("prerendered pages", () => {
  it("gives an article page its own title, description, canonical URL and preview tags", async () => {
    const doc = await page("bulletins/xyz-42/articles/pipeline-talks/index.html");
    const url = `${SITE}/bulletins/xyz-42/articles/pipeline-talks`;
    expect(doc.title).toBe('Pipeline </title><script>alert(1)</script> Talks "Stall" — Bulletin Reader');
    expect(meta(doc, "description")).toBe(hostile.summary);
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(url);
    expect(meta(doc, "og:url")).toBe(url);
    expect(meta(doc, "og:title")).toBe(hostile.headline);
    expect(meta(doc, "og:type")).toBe("article");
    expect(meta(doc, "og:site_name")).toBe("Bulletin Reader");
    expect(meta(doc, "og:description")).toBe(hostile.summary);
    expect(meta(doc, "twitter:card")).toBe("summary");
    // Not repeated for X, which reads og:title and og:description.
    expect(doc.querySelector('meta[name="twitter:description"]')).toBeNull();
  });

  it("gives a person's page under another spelling the archive-wide page as canonical", async () => {
    const doc = await page("people/ann-otter/index.html");
    expect(doc.title).toBe("Ann Other — Bulletin Reader");
    expect(meta(doc, "description")).toBe("Ann Other (mayor): mentioned in 1 article.");
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE}/people/ann-other`);
  });

  it("puts the app's render of the route inside #root, beside the app's script", async () => {
    const doc = await page("bulletins/xyz-42/articles/pipeline-talks/index.html");
    expect(doc.querySelector("#root h1")?.textContent).toBe("/bulletins/xyz-42/articles/pipeline-talks");
    // The app is started once the page has loaded (public/app-start.js), with its code and this page's data.
    const scripts = [...doc.querySelectorAll("script")];
    expect(scripts.map((el) => el.getAttribute("src"))).toEqual(["/app-start.js"]);
    expect(scripts[0]!.getAttribute("data-entry")).toBe("/assets/index-abc123.js");
    expect(scripts[0]!.getAttribute("data-modules")).toBe("/assets/shared-def456.js");
    expect(scripts[0]!.getAttribute("data-fetches")).toBe("/data/bulletins/xyz-42.json");
    expect(doc.querySelector('link[rel="preload"], link[rel="modulepreload"]')).toBeNull();
  });

  it("leaves out a page the app answers with an error, and keeps it out of the sitemap", async () => {
    const result = await site([bulletin], [annOther], renderRoute(["/people/ann-other"]));
    expect(result.written).toBe(result.files.length);
    expect(result.skipped).toEqual([{ path: "/people/ann-other", status: 404 }]);
    expect(result.files.map((f) => f.fileName)).not.toContain("people/ann-other/index.html");
    expect(result.files.find((f) => f.fileName === "sitemap.xml")?.source).not.toContain("ann-other");
  });

  it("writes a page for the archive, each bulletin, article, person, search and import, and a 404", async () => {
    const names = (await files()).map((f) => f.fileName);
    expect(names).toEqual(
      expect.arrayContaining([
        "index.html",
        "search/index.html",
        "import/index.html",
        "bulletins/xyz-42/index.html",
        "bulletins/xyz-42/articles/pipeline-talks/index.html",
        "people/ann-other/index.html",
        "people/ann-otter/index.html",
        "404.html",
        "sitemap.xml",
      ]),
    );
    // An id that could climb out of the output folder is never a file name.
    expect(names.some((n) => n.includes(".."))).toBe(false);
  });

  it("renders the 404 page at a path no route has, and keeps it out of search engines", async () => {
    const doc = await page("404.html");
    expect(doc.title).toBe("Page not found — Bulletin Reader");
    expect(doc.querySelector("#root h1")?.textContent).toBe("/404");
    expect(meta(doc, "robots")).toBe("noindex");
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });

});

describe("meta description", () => {
  it("cuts a long summary at a word boundary", () => {
    const text = "word ".repeat(100);
    const cut = description(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
  it("repeats no template comments or indentation on every page, and keeps the CSP readable", async () => {
    const commented = TEMPLATE.replace("<head>", "<head>\n    <!-- a note for developers -->").replace(
      `content="default-src 'self'"`,
      `content="default-src &#39;self&#39;"`,
    );
    const { files: written } = await site([bulletin], entities, renderRoute(), commented);
    const person = written.find((f) => f.fileName === "people/ann-other/index.html")!.source;
    expect(person).not.toContain("<!--");
    expect(person).not.toMatch(/\n {2,}</);
    expect(person).toContain(`content="default-src 'self'"`);
    const doc = new DOMParser().parseFromString(person, "text/html");
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe("default-src 'self'");
    expect(doc.title).toBe("Ann Other — Bulletin Reader");
  });
});

describe("pages a render worker made and wrote itself", () => {
  it("are recorded as written with their hash, size and time, the renderer's document is used as it is, and the sitemap still lists them", async () => {
    const article = "/bulletins/xyz-42/articles/pipeline-talks";
    // A worker wrote the article's page; it made the bulletin page's document without writing it (already on disk, say).
    const render: RenderRoute = async (path, meta, fileName) => {
      const page = await renderRoute()(path);
      if (path === article && fileName) return { ...page, written: { hash: "h-article", size: 1234, mtimeMs: 1.5e12 } };
      if (path === "/bulletins/xyz-42" && meta) return { ...page, document: { html: "<!doctype html><p>made by the worker</p>", hash: "h-bulletin" } };
      return page;
    };
    const out = await files([bulletin], render);
    const byName = new Map(out.map((f) => [f.fileName, f]));
    expect(byName.get("bulletins/xyz-42/articles/pipeline-talks/index.html")).toEqual({
      fileName: "bulletins/xyz-42/articles/pipeline-talks/index.html",
      source: "",
      hash: "h-article",
      written: true,
      stat: { size: 1234, mtimeMs: 1.5e12 },
    });
    expect(byName.get("bulletins/xyz-42/index.html")).toMatchObject({ source: "<!doctype html><p>made by the worker</p>", hash: "h-bulletin" });
    expect(byName.get("sitemap.xml")?.source).toContain(`${SITE}${article}`);
  });
});

describe("the sitemap", () => {
  const pages = ["/", "/bulletins/a", "/bulletins/b", "/404", "/bulletins/c", "/bulletins/d"].map((path) => ({ path, noindex: path === "/404" }));
  const locs = (source: string) => [...source.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

  it("lists every page search engines may index, in one file while they fit", () => {
    const files = sitemapFiles(pages, SITE, 5);
    expect(files.map((f) => f.fileName)).toEqual(["sitemap.xml"]);
    expect(files[0]!.source).toContain("<urlset");
    expect(locs(files[0]!.source)).toEqual(["/", "/bulletins/a", "/bulletins/b", "/bulletins/c", "/bulletins/d"].map((p) => `${SITE}${p}`));
  });

  it("past the protocol's limit of URLs in a file, is an index of parts that each keep under it, in page order", () => {
    const files = sitemapFiles(pages, SITE, 2);
    expect(files.map((f) => f.fileName)).toEqual(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]);
    const [index, ...parts] = files;
    expect(index!.source).toContain("<sitemapindex");
    expect(locs(index!.source)).toEqual([1, 2, 3].map((n) => `${SITE}/sitemap-${n}.xml`));
    expect(parts.map((p) => locs(p.source))).toEqual([
      [`${SITE}/`, `${SITE}/bulletins/a`],
      [`${SITE}/bulletins/b`, `${SITE}/bulletins/c`],
      [`${SITE}/bulletins/d`],
    ]);
  });
});

