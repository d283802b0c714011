// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { makeArticle, makeBulletin } from "../testing/bulletins.ts";
import { renderDocument } from "./document.ts";
import { quotePage } from "./pages.ts";
import { sitePages } from "./site-pages.ts";

const TEMPLATE = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bulletin Reader</title>
<script type="module" crossorigin src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`;

const text = "We will not <script>leave</script> this valley",
  quote = {
    id: "q1",
    text,
    paragraphId: "p1",
    start: 0,
    end: text.length,
    speaker: { name: "Aida Example", personId: "aida-example" },
    attribution: "explicit" as const,
    unclosed: false,
  };
const article = makeArticle({ paragraphs: [{ id: "p1", text, incomplete: false, lines: { startLine: 1, endLine: 1 } }], quotes: [quote] });
const bulletin = makeBulletin({ id: "xyz-7", date: "2009-04-02", articles: [article] });

describe("the views' and quotes' pages", () => {
  it("lists the four views and a page per quote among the site's pages", () => {
    const paths = sitePages([bulletin], []).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["/people", "/quotes", "/numbers", "/places", `/quotes/xyz-7/${article.slug}/q1`]));
  });

  it("previews a quote as the quote and its speaker, escaped", () => {
    const meta = quotePage(bulletin, article, quote);
    expect(meta.headline).toBe(`“${text}” — Aida Example`);
    const html = renderDocument(TEMPLATE, "https://bulletins.example.org", meta, "");
    const doc = new DOMParser().parseFromString(html, "text/html");
    const og = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute("content");
    expect(og("og:title")).toBe(`“${text}” — Aida Example`);
    expect(og("og:description")).toContain(`“${text}” — Aida Example, in “${article.headline}” (2 April 2009).`);
    expect(og("og:url")).toBe(`https://bulletins.example.org/quotes/xyz-7/${article.slug}/q1`);
    expect(doc.querySelectorAll("script:not([src])")).toHaveLength(0);
  });
});
