import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../testing/temp-dirs.ts";
import { PageCache, type HashOf } from "./page-cache.ts";

const cacheDir = tempDirs("page-cache-");

/** Data files by URL, with their content hashes as the build would give them. */
const hashes = (files: Record<string, string>): HashOf => (url) => files[url] ?? "none";

const BULLETIN = "/data/bulletins/xyz-42.json";
const PERSON = "/data/people/ann-other.json";

/** One build: each page reused when it can be, else "rendered" (here: `render(route)`), then the cache saved. */
async function build(dir: string, code: string, files: Record<string, string>, pages: Record<string, string[]>, render: (route: string) => string) {
  const cache = PageCache.open(dir, code, hashes(files));
  const html: Record<string, string> = {};
  const rendered: string[] = [];
  for (const [route, dataFiles] of Object.entries(pages)) {
    const reused = cache.reuse(route);
    if (reused !== null) html[route] = reused;
    else {
      rendered.push(route);
      html[route] = render(route);
      cache.keep(route, html[route], dataFiles);
    }
  }
  await cache.save();
  return { html, rendered, reused: cache.reusedCount };
}

const PAGES = {
  "/bulletins/xyz-42": [BULLETIN],
  "/bulletins/xyz-42/articles/pipeline-talks": [BULLETIN],
  "/people/ann-other": [PERSON],
  "/search": [],
};

describe("page cache", () => {
  it("reuses a page whose files are unchanged and renders again the pages of a file that changed", async () => {
    const dir = cacheDir();
    const first = await build(dir, "code-1", { [BULLETIN]: "b1", [PERSON]: "p1" }, PAGES, (route) => `<h1>${route} — first</h1>`);
    expect(first.rendered).toEqual(Object.keys(PAGES));

    const second = await build(dir, "code-1", { [BULLETIN]: "b2", [PERSON]: "p1" }, PAGES, (route) => `<h1>${route} — second</h1>`);
    expect(second.rendered).toEqual(["/bulletins/xyz-42", "/bulletins/xyz-42/articles/pipeline-talks"]);
    expect(second.html["/people/ann-other"]).toBe("<h1>/people/ann-other — first</h1>");
    expect(second.html["/search"]).toBe("<h1>/search — first</h1>");
    expect(second.html["/bulletins/xyz-42"]).toBe("<h1>/bulletins/xyz-42 — second</h1>");

    // A page reused in one build is still there for the next.
    const third = await build(dir, "code-1", { [BULLETIN]: "b2", [PERSON]: "p1" }, PAGES, () => "<h1>rendered</h1>");
    expect(third.rendered).toEqual([]);
    expect(third.html["/people/ann-other"]).toBe("<h1>/people/ann-other — first</h1>");
    expect(third.html["/bulletins/xyz-42"]).toBe("<h1>/bulletins/xyz-42 — second</h1>");
  });

  it("renders everything again when the app's code changed, or a file a page read has gone", async () => {
    const dir = cacheDir();
    await build(dir, "code-1", { [BULLETIN]: "b1", [PERSON]: "p1" }, PAGES, () => "<p>old</p>");
    const newCode = await build(dir, "code-2", { [BULLETIN]: "b1", [PERSON]: "p1" }, PAGES, () => "<p>new</p>");
    expect(newCode.reused).toBe(0);
    const gone = await build(dir, "code-2", { [BULLETIN]: "b1" }, PAGES, () => "<p>newer</p>");
    expect(gone.rendered).toEqual(["/people/ann-other"]);
  });

  it("gives back every page exactly, across many runs of the pack and in any script", async () => {
    const dir = cacheDir();
    const pages: Record<string, string[]> = {};
    for (let i = 0; i < 300; i++) pages[`/p/${i}`] = [BULLETIN];
    // Pages of ~4 kB with characters of 1 to 4 bytes, so runs fill up and offsets are in bytes, not characters.
    const body = (route: string) => `<p>${route} Ахмад «Қазақстан» 🇰🇿 ${"x".repeat(4000)}</p>`;
    await build(dir, "c", { [BULLETIN]: "b" }, pages, body);
    const again = await build(dir, "c", { [BULLETIN]: "b" }, pages, () => "re-rendered");
    expect(again.rendered).toEqual([]);
    for (const route of Object.keys(pages)) expect(again.html[route]).toBe(body(route));
  });

  it("renders again, without failing, from a damaged or half-written cache, and removes only its own old files", async () => {
    const dir = cacheDir();
    writeFileSync(path.join(dir, "notes.txt"), "someone else's file, in the folder the cache was pointed at");
    await build(dir, "c", { [BULLETIN]: "b" }, PAGES, () => "<p>one</p>");
    const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")) as { pack: string };
    writeFileSync(path.join(dir, index.pack), "not deflate data");
    const damagedPack = await build(dir, "c", { [BULLETIN]: "b" }, PAGES, () => "<p>two</p>");
    expect(damagedPack.reused).toBe(0);
    expect(damagedPack.html["/search"]).toBe("<p>two</p>");

    writeFileSync(path.join(dir, "index.json"), "{ half written");
    const damagedIndex = await build(dir, "c", { [BULLETIN]: "b" }, PAGES, () => "<p>three</p>");
    expect(damagedIndex.reused).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")).pack, "index.json", "notes.txt"].sort());
  });
});
