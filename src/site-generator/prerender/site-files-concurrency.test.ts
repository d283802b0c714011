/**
 * `siteFiles` with several pages asked for at once (the render pool's
 * workers): the pages still come out whole, in page order, and a page that
 * fails still fails the prerender.
 */
import { describe, expect, it } from "vitest";
import type { EntitySummary } from "./pages.ts";
import { makeArticle, makeBulletin } from "../testing/bulletins.ts";
import { siteFiles, type RenderRoute, type SiteFile } from "./site-pages.ts";

const TEMPLATE = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bulletin Reader</title><script type="module" crossorigin src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`;
const SITE = "https://bulletins.example.org";

const bulletins = Array.from({ length: 4 }, (_, i) =>
  makeBulletin({
    id: `xyz-${i + 1}`,
    issue: i + 1,
    date: `2004-05-0${i + 1}`,
    articles: [makeArticle({ slug: `story-${i}-a` }), makeArticle({ slug: `story-${i}-b` })],
  }),
);
const people: EntitySummary[] = [{ kind: "person", id: "ann-other", canonicalId: "ann-other", name: "Ann Other", roles: [], articleCount: 1 }];

/** Renders each route after a delay that makes later pages finish before earlier ones; counts renders at once. */
function slowRender(): { render: RenderRoute; mostAtOnce: () => number } {
  let running = 0;
  let most = 0;
  let n = 0;
  const render: RenderRoute = async (path) => {
    running++;
    most = Math.max(most, running);
    const delay = 12 - (n++ % 4) * 3;
    await new Promise((r) => setTimeout(r, delay));
    running--;
    return { html: `<main><h1>${path}</h1></main>`, status: path === "/people/ann-other" ? 404 : 200 };
  };
  return { render, mostAtOnce: () => most };
}

async function site(concurrency: number, render: RenderRoute): Promise<{ files: SiteFile[]; skipped: string[] }> {
  const files: SiteFile[] = [];
  const { skipped } = await siteFiles(TEMPLATE, bulletins, people, SITE, render, (f) => void files.push(f), undefined, concurrency);
  return { files, skipped: skipped.map((s) => s.path) };
}

describe("siteFiles with pages rendered at once", () => {
  it("writes the same files in the same order as one page at a time, with up to that many renders at once", async () => {
    const one = slowRender();
    const several = slowRender();
    const alone = await site(1, one.render);
    const together = await site(4, several.render);
    expect(together.files.map((f) => f.fileName)).toEqual(alone.files.map((f) => f.fileName));
    expect(together.files).toEqual(alone.files);
    expect(together.skipped).toEqual(["/people/ann-other"]);
    expect(one.mostAtOnce()).toBe(1);
    expect(several.mostAtOnce()).toBe(4);
  });

  it("fails when a page's render fails, as with one at a time", async () => {
    const render: RenderRoute = async (path) => {
      if (path.endsWith("story-2-b")) throw new Error("render failed");
      return { html: "<main></main>", status: 200 };
    };
    await expect(site(4, render)).rejects.toThrow("render failed");
  });
});
