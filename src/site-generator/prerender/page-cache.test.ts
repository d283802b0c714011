import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  it("says ahead whether a build may find pages of its code in it, so a first build or new code starts every render worker early", async () => {
    const dir = cacheDir();
    expect(PageCache.mayHold(dir, "code-1")).toBe(false);
    const code = "a".repeat(64); // a fingerprint is a SHA-256 in hex
    await build(dir, code, { [BULLETIN]: "b1", [PERSON]: "p1" }, PAGES, (route) => `<h1>${route}</h1>`);
    expect(PageCache.mayHold(dir, code)).toBe(true);
    expect(PageCache.mayHold(dir, "b".repeat(64))).toBe(false);
    const second = await build(dir, code, { [BULLETIN]: "b1", [PERSON]: "p1" }, PAGES, () => "<h1>rendered again</h1>");
    expect(second.rendered).toEqual([]);
    // Whose code the pages are of is what opening it says, too.
    const other = await build(dir, "b".repeat(64), { [BULLETIN]: "b1", [PERSON]: "p1" }, PAGES, (route) => `<h1>${route}</h1>`);
    expect(other.rendered).toEqual(Object.keys(PAGES));
  });

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
    const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")) as { packs: string[] };
    writeFileSync(path.join(dir, index.packs[0]!), "not deflate data ".repeat(1000));
    const damagedPack = await build(dir, "c", { [BULLETIN]: "b" }, PAGES, () => "<p>two</p>");
    expect(damagedPack.reused).toBe(0);
    expect(damagedPack.html["/search"]).toBe("<p>two</p>");

    writeFileSync(path.join(dir, "index.json"), "{ half written");
    const damagedIndex = await build(dir, "c", { [BULLETIN]: "b" }, PAGES, () => "<p>three</p>");
    expect(damagedIndex.reused).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...(JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")) as { packs: string[] }).packs, "index.json", "notes.txt"].sort());
  });
});

describe("page cache: a page's written document", () => {
  const meta = (route: string) => `doc of ${route}`;

  /** One build as the prerender runs it: a page whose document is unchanged is carried, else reused or rendered, then its document recorded. */
  async function buildWithDocuments(
    dir: string,
    files: Record<string, string>,
    pages: Record<string, string[]>,
    docs: (route: string) => string,
    render: (route: string) => string,
    /** Pages made from their data without the app's renderer: kept without their markup, as the prerender keeps them. */
    fromData: (route: string) => boolean = () => false,
  ) {
    const cache = PageCache.open(dir, "code", hashes(files));
    const carried: string[] = [];
    const html: Record<string, string> = {};
    for (const [route, dataFiles] of Object.entries(pages)) {
      // The output folder still holds what was written (the ledger's part): whatever hash it gives back is the file's.
      if (cache.carryWritten(route, docs(route), () => true)) {
        carried.push(route);
        continue;
      }
      const reused = cache.reuse(route);
      html[route] = reused ?? render(route);
      if (reused === null && fromData(route)) cache.keepWithoutMarkup(route, dataFiles);
      else if (reused === null) cache.keep(route, html[route]!, dataFiles);
      cache.document(route, docs(route), `out:${route}:${docs(route)}`);
    }
    await cache.save();
    return { carried, html };
  }

  it("is carried only while its files and its document's inputs are unchanged, and its markup is still there after", async () => {
    const dir = cacheDir();
    const files = { [BULLETIN]: "b1", [PERSON]: "p1" };
    const first = await buildWithDocuments(dir, files, PAGES, meta, (route) => `<p>${route} 1</p>`);
    expect(first.carried).toEqual([]);
    const second = await buildWithDocuments(dir, { ...files, [BULLETIN]: "b2" }, PAGES, meta, (route) => `<p>${route} 2</p>`);
    expect(second.carried).toEqual(["/people/ann-other", "/search"]);
    // Another template or description for one page: its document is made again, from the kept markup.
    const third = await buildWithDocuments(dir, { ...files, [BULLETIN]: "b2" }, PAGES, (route) => (route === "/search" ? "new doc" : meta(route)), () => "<p>rendered</p>");
    expect(third.carried).toEqual(["/bulletins/xyz-42", "/bulletins/xyz-42/articles/pipeline-talks", "/people/ann-other"]);
    expect(third.html["/search"]).toBe("<p>/search 1</p>");
    // Carried pages keep their markup for a later build that needs it.
    const cache = PageCache.open(dir, "code", hashes({ ...files, [BULLETIN]: "b2" }));
    expect(cache.reuse("/people/ann-other")).toBe("<p>/people/ann-other 1</p>");
    expect(cache.reuse("/bulletins/xyz-42")).toBe("<p>/bulletins/xyz-42 2</p>");
  });

  it("carries a page made from its data without keeping its markup, and makes it again once its document or its file changes", async () => {
    const dir = cacheDir();
    const pages: Record<string, string[]> = { "/bulletins/xyz-42": [BULLETIN] };
    for (let i = 0; i < 30; i++) pages[`/quotes/xyz-42/q${i}`] = [`/data/q/${i}.json`];
    const quote = (route: string) => route.startsWith("/quotes/");
    const files: Record<string, string> = { [BULLETIN]: "b1" };
    for (let i = 0; i < 30; i++) files[`/data/q/${i}.json`] = "q1";
    const first = await buildWithDocuments(dir, files, pages, meta, (route) => `<p>${route} 1</p>`, quote);
    expect(first.carried).toEqual([]);
    // None of their markup is packed: the pack holds the bulletin page's alone.
    const packed = readdirSync(dir).filter((name) => name.endsWith(".bin"));
    expect(packed.reduce((n, name) => n + readFileSync(path.join(dir, name)).length, 0)).toBeLessThan(100);
    const second = await buildWithDocuments(dir, { ...files, [BULLETIN]: "b2" }, pages, meta, (route) => `<p>${route} 2</p>`, quote);
    expect(second.carried).toEqual(Object.keys(pages).filter(quote));
    // Its document changes, its file does not: made again (the test's `render`), never given back from the cache.
    // The bulletin page changes again too: two of the pack's three runs are then emptied, and the runs numbered afresh.
    const third = await buildWithDocuments(dir, { ...files, [BULLETIN]: "b3" }, pages, (route) => (route === "/quotes/xyz-42/q3" ? "new doc" : meta(route)), (route) => `<p>${route} 3</p>`, quote);
    expect(third.html["/quotes/xyz-42/q3"]).toBe("<p>/quotes/xyz-42/q3 3</p>");
    expect(third.carried).toHaveLength(Object.keys(pages).length - 2);
    const fourth = await buildWithDocuments(dir, { ...files, "/data/q/7.json": "q2", [BULLETIN]: "b3" }, pages, meta, (route) => `<p>${route} 4</p>`, quote);
    expect(Object.keys(fourth.html).sort()).toEqual(["/quotes/xyz-42/q3", "/quotes/xyz-42/q7"]);
    expect(PageCache.open(dir, "code", hashes(files)).reuse("/quotes/xyz-42/q1")).toBeNull();
  });

  it("keeps the pack from growing when most pages are rendered again build after build, and gives every page back exactly", async () => {
    const dir = cacheDir();
    const pages: Record<string, string[]> = {};
    for (let i = 0; i < 400; i++) pages[`/p/${i}`] = [i % 10 === 0 ? PERSON : `/data/b/${i}.json`];
    const body = (route: string, build: number) => `<p>${route} build ${build} Ахмад 🇰🇿 ${"y".repeat(3000 + (build % 7))}</p>`;
    // Every pack the cache keeps, together.
    const packSize = () => readdirSync(dir).filter((name) => name.endsWith(".bin")).reduce((n, name) => n + readFileSync(path.join(dir, name)).length, 0);
    const sizes: number[] = [];
    for (let build = 0; build < 8; build++) {
      // Nine pages in ten read a file that changes every build; the tenth only at the first.
      const files: Record<string, string> = { [PERSON]: "p" };
      for (let i = 0; i < 400; i++) files[`/data/b/${i}.json`] = `v${build}`;
      const cache = PageCache.open(dir, "code", hashes(files));
      for (const [route, dataFiles] of Object.entries(pages)) {
        const kept = cache.reuse(route);
        if (kept === null) cache.keep(route, body(route, build), dataFiles);
        else expect(kept).toBe(body(route, route.endsWith("0") ? 0 : build));
      }
      await cache.save();
      sizes.push(packSize());
    }
    expect(Math.max(...sizes.slice(1))).toBeLessThan(sizes[0]! * 1.5);
  });

  it("carries a page build after build while the files around it change and are numbered afresh, and renders it again once its own file changes", async () => {
    const dir = cacheDir();
    const pages: Record<string, string[]> = {};
    for (let i = 0; i < 40; i++) pages[`/p/${i}`] = [`/data/p/${i}.json`, BULLETIN];
    pages["/solo"] = ["/data/solo.json"]; // last: its file's number moves when the table is numbered afresh
    const docs = (route: string) => `doc of ${route}`;
    const run = (files: Record<string, string>, build: number) =>
      buildWithDocuments(dir, files, pages, docs, (route) => `<p>${route} build ${build}</p>`);
    const files = (build: number, solo: string): Record<string, string> => {
      // Every /p/ page's own file changes each build: most of the file table goes stale and is renumbered.
      const out: Record<string, string> = { "/data/solo.json": solo, [BULLETIN]: "b" };
      for (let i = 0; i < 40; i++) out[`/data/p/${i}.json`] = `v${build}`;
      return out;
    };
    await run(files(0, "s1"), 0);
    for (let build = 1; build <= 4; build++) {
      const result = await run(files(build, "s1"), build);
      expect(result.carried).toEqual(["/solo"]);
      expect(result.html["/p/7"]).toBe(`<p>/p/7 build ${build}</p>`);
    }
    // The markup carried all along is still the first build's.
    expect(PageCache.open(dir, "code", hashes(files(4, "s1"))).reuse("/solo")).toBe("<p>/solo build 0</p>");
    const changed = await run(files(5, "s2"), 5);
    expect(changed.carried).toEqual([]);
    expect(changed.html["/solo"]).toBe("<p>/solo build 5</p>");
  });

  it("writes only what changed while few pages do, and a rebuild from it renders exactly the pages whose files changed since", async () => {
    const dir = cacheDir();
    const docs = (route: string) => `doc of ${route}`;
    const pages: Record<string, string[]> = {};
    for (let i = 0; i < 200; i++) pages[`/p/${i}`] = [`/data/p/${i}.json`];
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`/data/p/${i}.json`] = "v0";
    const render = (build: number) => (route: string) => `<p>${route} build ${build}</p>`;
    const indexBytes = () => readFileSync(path.join(dir, "index.json"));
    await buildWithDocuments(dir, files, pages, docs, render(0));
    const index = indexBytes();
    const rendered = (result: { carried: string[] }) => Object.keys(pages).filter((route) => !result.carried.includes(route));

    files["/data/p/3.json"] = "v1";
    expect(rendered(await buildWithDocuments(dir, files, pages, docs, render(1)))).toEqual(["/p/3"]);
    files["/data/p/150.json"] = "v2";
    expect(rendered(await buildWithDocuments(dir, files, pages, docs, render(2)))).toEqual(["/p/150"]);
    // One page gone, one new.
    delete pages["/p/7"];
    pages["/q/new"] = ["/data/p/3.json"];
    expect(rendered(await buildWithDocuments(dir, files, pages, docs, render(3)))).toEqual(["/q/new"]);
    expect(indexBytes().equals(index)).toBe(true); // the index itself was not written again

    const cache = PageCache.open(dir, "code", hashes(files));
    expect(cache.reuse("/p/3")).toBe("<p>/p/3 build 1</p>");
    expect(cache.reuse("/p/150")).toBe("<p>/p/150 build 2</p>");
    expect(cache.reuse("/q/new")).toBe("<p>/q/new build 3</p>");
    expect(cache.reuse("/p/4")).toBe("<p>/p/4 build 0</p>");
    expect(cache.reuse("/p/7")).toBeNull();

    // Without its delta, the index still gives no page made from files that changed since.
    rmSync(path.join(dir, "index.delta.json"));
    const alone = PageCache.open(dir, "code", hashes(files));
    expect(alone.reuse("/p/3")).toBeNull();
    expect(alone.reuse("/p/150")).toBeNull();
    expect(alone.reuse("/p/4")).toBe("<p>/p/4 build 0</p>");
  });
});
