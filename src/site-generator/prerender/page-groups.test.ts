/**
 * Bulletin page groups in a prerender as the plugin runs it (plugin.ts): the
 * real page cache, output ledger and writer into a folder, the app's render
 * stood in for by markup made of the route and its data file's hash. What a
 * group must never change is the output: a rebuild leaves the very files a
 * clean build leaves, sitemap included.
 */
import { folderTexts } from "../testing/folder-files.ts";
import { hash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateArchive } from "../../../bench/synth/generate.ts";
import { parseBulletin } from "../../parser/index.ts";
import type { Article, Bulletin } from "../../parser/model/index.ts";
import { bulletinFile } from "../data-paths.ts";
import { FileWriter } from "../file-writer.ts";
import { ledgerPath, OutputLedger, outputHash } from "../output/ledger.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import type { PageMeta } from "./document.ts";
import { PageCache } from "./page-cache.ts";
import { BulletinPageGroups, groupInputs } from "./page-groups.ts";
import { bulletinPages, siteFiles, type RenderRoute } from "./site-pages.ts";

const tempDir = tempDirs("page-groups-");

const TEMPLATE = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bulletin Reader</title><script type="module" crossorigin src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`;
const SITE = "https://bulletins.example.org";
const CODE = "code-1";

/** What a lazily read bulletin reads from disk on first touch: none of it may be touched for a bulletin whose group is kept. */
const HEAVY_ARTICLE_FIELDS = ["quotes", "paragraphs", "statistics", "reportedSpeech", "authorNote"] as const;
const HEAVY_BULLETIN_FIELDS = ["toc", "newsBriefs", "boilerplate", "people", "places"] as const;

const parsed = (count: number, seed: number) => generateArchive(count, seed).map((b) => parseBulletin(b.text, { fileName: `${b.fileName}.txt` }));

const dataUrl = (id: string) => `/${bulletinFile(id)}`;
/** A bulletin's key, as the data plugin gives it: same key, same content. */
const keyOf = (b: Bulletin) => hash("sha1", JSON.stringify(b), "base64url");

/** A copy of the bulletin whose heavy fields record, in `touched`, each time they are read. */
function watched(b: Bulletin, touched: string[]): Bulletin {
  const watch = <T extends object>(target: T, fields: readonly (keyof T & string)[], label: string): T => {
    for (const field of fields) {
      const value = target[field];
      Object.defineProperty(target, field, {
        enumerable: true,
        get: () => {
          touched.push(`${label}.${field}`);
          return value;
        },
      });
    }
    return target;
  };
  const articles = b.articles.map((a) => watch<Article>({ ...a }, HEAVY_ARTICLE_FIELDS, `${b.id}/${a.slug}`));
  return watch<Bulletin>({ ...b, articles }, HEAVY_BULLETIN_FIELDS, b.id);
}

interface Options {
  template?: string;
  siteUrl?: string;
  code?: string;
  /** The bulletins siteFiles is given, if not `bulletins` themselves (watched copies). */
  given?: Bulletin[];
}

/**
 * One build's prerender into `dir`/dist, its caches in `dir`: the page cache,
 * the ledger and the writer wired as plugin.ts wires them. Returns the routes
 * rendered (not found in the page cache) and the groups' counts.
 */
async function prerender(dir: string, bulletins: Bulletin[], options: Options = {}) {
  const { template = TEMPLATE, siteUrl = SITE, code = CODE } = options;
  const dist = path.join(dir, "dist");
  const dataHashes = new Map(bulletins.map((b) => [dataUrl(b.id), outputHash(JSON.stringify(b))]));
  const keys = new Map(bulletins.map((b) => [b.id, keyOf(b)]));
  const ledger = OutputLedger.open(ledgerPath(path.join(dir, "output"), dist), dist);
  ledger.begin();
  if (ledger.hasPrevious) ledger.checkAhead();
  await ledger.checkedAhead();
  const writer = new FileWriter(dist, { ledger, name: "pages" });
  const cache = PageCache.open(path.join(dir, "pages"), code, (url) => dataHashes.get(url) ?? "none");
  const rendered: string[] = [];
  const render: RenderRoute = async (route) => {
    const reused = cache.reuse(route);
    if (reused !== null) return { html: reused, status: 200 };
    rendered.push(route);
    const id = /^\/(?:bulletins|quotes)\/([^/]+)/.exec(route)?.[1];
    const dataFiles = id === undefined ? [] : [dataUrl(id)];
    const html = `<main><h1>${route}</h1>${dataFiles.map((url) => `<p>${dataHashes.get(url)}</p>`).join("")}</main>`;
    cache.keep(route, html, dataFiles);
    return { html, status: 200 };
  };
  const documentInputs = hash("sha1", `${template}\0${siteUrl}\0`, "base64url");
  const documentKey = (meta: PageMeta) => hash("sha1", documentInputs + JSON.stringify(meta), "base64url");
  const carry = (route: string, doc: string, fileName: string) => cache.carryWritten(route, doc, (out) => writer.carried(fileName, out));
  const groups = BulletinPageGroups.open(path.join(dir, "pages-groups.json"), groupInputs(documentInputs, code), keys, carry, documentKey);
  await siteFiles(
    template,
    options.given ?? bulletins,
    [],
    siteUrl,
    render,
    (file, meta) => {
      const out = file.hash ?? outputHash(file.source);
      if (meta) cache.document(meta.path, documentKey(meta), out);
      return writer.write(file.fileName, file.source, out);
    },
    undefined,
    4,
    (meta, fileName) => carry(meta.path, documentKey(meta), fileName),
    groups,
  );
  await writer.close();
  await cache.save();
  groups.save();
  ledger.removeGone();
  ledger.save();
  return { dist, rendered, kept: groups.keptBulletins, carried: groups.carriedPages };
}


/** The pages of the bulletins, made of each alone. */
const pagesOf = (bulletins: readonly Bulletin[]) => bulletins.flatMap((b) => [...bulletinPages(b).head, ...bulletinPages(b).quotes]);

function expectSameFiles(rebuilt: string, clean: string): void {
  const incremental = folderTexts(rebuilt);
  const fresh = folderTexts(clean);
  expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
  for (const [name, text] of fresh) expect(incremental.get(name), name).toBe(text);
}

describe("bulletin page groups", () => {
  it("carry the pages of the bulletins that did not change without reading their quotes or paragraphs, leaving what a clean build leaves", async () => {
    const dir = tempDir();
    const bulletins = parsed(4, 11);
    await prerender(dir, bulletins);

    // One bulletin's quote is corrected (its quote page's title and description change); the others are as they were.
    const [changed, ...others] = bulletins.map((b) => structuredClone(b));
    const article = changed!.articles.find((a) => a.quotes.length > 0)!;
    article.quotes[0]!.text = `${article.quotes[0]!.text} Corrected`;
    const after = [changed!, ...others];
    const touched: string[] = [];
    const given = [changed!, ...others.map((b) => watched(b, touched))];
    const rebuilt = await prerender(dir, after, { given });

    expect(touched).toEqual([]);
    expect(rebuilt.kept).toBe(others.length);
    expect(rebuilt.carried).toBe(pagesOf(others).length);
    // Only the changed bulletin's pages were rendered again.
    expect(rebuilt.rendered.sort()).toEqual(pagesOf([changed!]).map((p) => p.path).sort());

    const clean = await prerender(tempDir(), after);
    expectSameFiles(rebuilt.dist, clean.dist);
    expect(folderTexts(rebuilt.dist).get("sitemap.xml")).toContain(`/quotes/${changed!.id}/${article.slug}/${article.quotes[0]!.id}`);
  });

  it.each([
    ["the template", { template: TEMPLATE.replace("<title>", '<meta name="theme-color" content="#000"><title>') }],
    ["the site's address", { siteUrl: "https://archive.example.net" }],
    ["the app code", { code: "code-2" }],
  ])("are all described again when %s changed, leaving what a clean build leaves", async (_what, change) => {
    const dir = tempDir();
    const bulletins = parsed(3, 5);
    await prerender(dir, bulletins);

    const touched: string[] = [];
    const rebuilt = await prerender(dir, bulletins, { ...change, given: bulletins.map((b) => watched(b, touched)) });
    expect(rebuilt.kept).toBe(0);
    expect(rebuilt.carried).toBe(0);
    for (const b of bulletins) expect(touched.some((field) => field.startsWith(`${b.id}/`)), b.id).toBe(true);

    const clean = await prerender(tempDir(), bulletins, change);
    expectSameFiles(rebuilt.dist, clean.dist);
  });

  it("write again a page of a kept group whose file was changed by hand, and carry the rest", async () => {
    const dir = tempDir();
    const bulletins = parsed(3, 5);
    const first = await prerender(dir, bulletins);
    const [b] = bulletins;
    const article = b!.articles.find((a) => a.quotes.length > 0)!;
    const edited = path.join(first.dist, "quotes", b!.id, article.slug, article.quotes[0]!.id, "index.html");
    const original = readFileSync(edited, "utf8");
    writeFileSync(edited, `${original}<!-- edited by hand -->`);

    const rebuilt = await prerender(dir, bulletins);
    expect(readFileSync(edited, "utf8")).toBe(original);
    expect(rebuilt.kept).toBe(bulletins.length);
    expect(rebuilt.carried).toBe(pagesOf(bulletins).length - 1);
    const clean = await prerender(tempDir(), bulletins);
    expectSameFiles(rebuilt.dist, clean.dist);
  });
});
