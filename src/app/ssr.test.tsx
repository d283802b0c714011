// @vitest-environment jsdom
/**
 * The app rendered at build time, as the prerender does it, from data files
 * held in memory: the page a reader without JavaScript (or a crawler) gets.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ARCHIVE_HEAD_FILE, bulletinFile } from "../site-generator/data-paths.ts";
import { archiveDataFiles, makeArticle, makeBulletin, makeHostileArticle } from "../site-generator/testing/bulletins.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { createPageRenderer, renderPage, setDataSource } from "./ssr.tsx";

// Its second paragraph lost its end in the source.
const hostile = makeHostileArticle({
  paragraphs: makeHostileArticle().paragraphs.map((p) => (p.id === "p2" ? { ...p, incomplete: true } : p)),
});
const bulletin = makeBulletin({ id: "xyz-42", series: "Example Reporting Service", issue: 42, date: "2004-05-06", articles: [hostile] });

/** The archive's index files (its head and pieces), as the build writes them. */
function archiveFiles(...bulletins: Bulletin[]) {
  return archiveDataFiles(bulletins);
}

function serve(files: Record<string, unknown>, reads: string[] = []) {
  setDataSource(async (url) => {
    const file = new URL(url, "http://x").pathname.slice(1);
    reads.push(file);
    const body = files[file];
    return body === undefined
      ? new Response(null, { status: 404 })
      : new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  });
}

async function render(path: string) {
  const { html, status } = await renderPage(path);
  return { status, doc: new DOMParser().parseFromString(`<div id="root">${html}</div>`, "text/html") };
}

afterEach(() => setDataSource((url, init) => fetch(url, init)));

describe("prerendered pages from the app itself", () => {
  it("renders an article with its paragraphs, byline and damage marker, bulletin markup shown as text", async () => {
    serve({ ...archiveFiles(bulletin), [bulletinFile("xyz-42")]: bulletin });
    const { doc, status } = await render("/bulletins/xyz-42/articles/pipeline-talks");
    expect(status).toBe(200);
    expect(doc.querySelector("h1")?.textContent).toBe(hostile.headline);
    expect(doc.getElementById("p1")?.textContent).toContain("The first paragraph, with <b>tags</b> as text.");
    expect(doc.body.textContent).toContain("By Ann Writer");
    expect(doc.body.textContent).toMatch(/text (is )?missing/i);
    expect(doc.querySelectorAll("script, img, b")).toHaveLength(0);
  });

  it("renders the archive with the bulletin and its article linked", async () => {
    serve({ ...archiveFiles(bulletin) });
    const { doc } = await render("/");
    const links = [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toContain("/bulletins/xyz-42/articles/pipeline-talks");
    expect(doc.querySelector("header input[type=search]")).not.toBeNull(); // a search form that works without JavaScript
  });

  it("answers an id the archive does not have with an error status, so no page is written for it", async () => {
    serve({ ...archiveFiles(bulletin) });
    const { status } = await render("/bulletins/nope-1");
    expect(status).not.toBe(200);
  });

  it("renders the not-found page for a path no route has", async () => {
    serve({ ...archiveFiles(bulletin) });
    const { doc } = await render("/404");
    expect(doc.querySelector("h1")?.textContent).toBe("Page not found");
  });

  it("reads each data file once for a whole site of pages", async () => {
    const second = makeArticle({ slug: "second-story", headline: "A Second Story" });
    const two = { ...bulletin, articles: [hostile, second] };
    const reads: string[] = [];
    serve({ ...archiveFiles(two), [bulletinFile("xyz-42")]: two }, reads);
    const renderer = createPageRenderer();
    for (const path of ["/", "/bulletins/xyz-42", "/bulletins/xyz-42/articles/pipeline-talks", "/bulletins/xyz-42/articles/second-story"]) {
      expect((await renderer.render(path)).status).toBe(200);
    }
    renderer.dispose();
    expect(reads.sort()).toEqual([ARCHIVE_HEAD_FILE, bulletinFile("xyz-42")].sort());
  });

  it("says which data files each page was made from, including those an earlier page had read", async () => {
    const second = makeArticle({ slug: "second-story", headline: "A Second Story" });
    const two = { ...bulletin, articles: [hostile, second] };
    serve({ ...archiveFiles(two), [bulletinFile("xyz-42")]: two });
    const renderer = createPageRenderer();
    const filesOf = async (path: string) => (await renderer.render(path)).dataFiles.map((url) => url.replace(/^\//, ""));
    expect(await filesOf("/bulletins/xyz-42")).toEqual([bulletinFile("xyz-42")]);
    // The bulletin is in the shared client by now: not read again, still this page's.
    expect(await filesOf("/bulletins/xyz-42/articles/second-story")).toEqual([bulletinFile("xyz-42")]);
    expect(await filesOf("/")).toEqual([ARCHIVE_HEAD_FILE]);
    expect(await filesOf("/search")).toEqual([]);
    renderer.dispose();
  });
});
