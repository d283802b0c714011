/**
 * A page's document is made from the template's parts, cut once per
 * template and list of preloaded files: each page must still get its own
 * head tags, its own preloads, and its markup exactly where `bodyAt` says.
 */
import { describe, expect, it } from "vitest";
import { composeDocument, type PageMeta } from "./document.ts";

const template = (entry: string) =>
  `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Bulletin Reader</title>` +
  `<script type="module" crossorigin src="/assets/${entry}.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js">` +
  `</head><body><div id="root"></div><noscript>no script</noscript></body></html>`;

const meta = (path: string, preload?: string[]): PageMeta => ({ title: `Page ${path}`, headline: "h", description: "d", path, type: "website", ...(preload ? { preload } : {}) });

describe("a page's document", () => {
  it("has its markup where bodyAt says, as it is, and the template's rest after it", () => {
    const body = "<p>$&amp; $1 $` and $' stay as written</p>";
    const { html, bodyAt } = composeDocument(template("index-a"), "https://example.org", meta("/people/ann"), body);
    expect(html.slice(bodyAt, bodyAt + body.length)).toBe(body);
    expect(html.slice(0, bodyAt).endsWith('<div id="root">')).toBe(true);
    expect(html.slice(bodyAt + body.length)).toBe("</div><noscript>no script</noscript></body></html>");
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.indexOf("<title>Page /people/ann — Bulletin Reader</title>")).toBeLessThan(html.indexOf("</head>"));
  });

  it("gets its own preloads and head tags, page after page, and a new template's scripts", () => {
    const a = composeDocument(template("index-a"), "https://example.org", meta("/bulletins/x", ["/data/bulletins/x.json"]), "<p>x</p>").html;
    const b = composeDocument(template("index-a"), "https://example.org", meta("/bulletins/y", ["/data/bulletins/y.json"]), "<p>y</p>").html;
    const c = composeDocument(template("index-a"), "https://example.org", meta("/bulletins/x", ["/data/bulletins/x.json"]), "<p>x</p>").html;
    const none = composeDocument(template("index-a"), "https://example.org", meta("/people/ann"), "<p>ann</p>").html;
    expect(a).toContain('data-fetches="/data/bulletins/x.json"');
    expect(b).toContain('data-fetches="/data/bulletins/y.json"');
    expect(b).not.toContain("x.json");
    expect(c).toBe(a);
    expect(none).not.toContain("data-fetches");
    expect(b).toContain('<link rel="canonical" href="https://example.org/bulletins/y">');
    const other = composeDocument(template("index-b"), "https://example.org", meta("/people/ann"), "<p>ann</p>").html;
    expect(other).toContain('data-entry="/assets/index-b.js"');
    expect(other).not.toContain("index-a");
  });
});
