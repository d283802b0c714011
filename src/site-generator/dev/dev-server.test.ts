/**
 * The data plugin in a real Vite dev server: it listens before the bulletins
 * are read, answers a bulletin's file and the archive index as the build
 * makes them without running the other emitters over the archive, and a
 * bulletin edited on disk reaches the client (BULLETINS_CHANGED_EVENT, then
 * the file as it now is).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createServer, type ResolvedConfig, type ViteDevServer } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import type { Bulletin } from "../../parser/model/index.ts";
import { parseBulletinOrThrow } from "../../parser/index.ts";
import { bulletinsPlugin, type BulletinsPluginApi } from "../bulletins-plugin.ts";
import { contentHashSync } from "../../import/hash-node.ts";
import { summaryIndexFile } from "./summary-index.ts";
import { ARCHIVE_HEAD_FILE, BULLETINS_CHANGED_EVENT, bulletinFile } from "../data-paths.ts";
import { builtInEmitters, makingFiles, runEmitters, type EmittedFile } from "../emitters.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { waitFor } from "../testing/wait-for.ts";
import { rcaBulletinText as bulletinText } from "../testing/bulletins.ts";
import { createParseCache } from "../cache/parse-cache.ts";

const tempDir = tempDirs("dev-server-");

/** The names of the custom events the server sends its clients, as they are sent. */
function customEvents(server: ViteDevServer): string[] {
  const events: string[] = [];
  const send = server.ws.send.bind(server.ws) as (payload: { type: string; event?: string }) => void;
  server.ws.send = ((payload: { type: string; event?: string }) => {
    if (payload.type === "custom" && payload.event) events.push(payload.event);
    send(payload);
  }) as typeof server.ws.send;
  return events;
}


let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A dev server on `dir` whose parser waits for `release` before the bulletins can be read. */
async function startDevServer(dir: string, parserReady: Promise<void>, parseCache?: { dir: string; version: string }, bulletinsDir = dir) {
  const wholeArchiveRuns: number[] = [];
  // Stands for the search index and the views: a costly emitter over the whole archive.
  const costly = makingFiles(
    function costly(bulletins: Bulletin[]): EmittedFile[] {
      wholeArchiveRuns.push(bulletins.length);
      return [{ fileName: "data/costly.json", source: JSON.stringify(bulletins.length) }];
    },
    { has: (f) => f === "data/costly.json" },
  );
  server = await createServer({
    configFile: false,
    root: dir,
    logLevel: "silent",
    server: { port: 0, host: "127.0.0.1", strictPort: false, hmr: false },
    plugins: [
      bulletinsPlugin({
        dir: bulletinsDir,
        loadParser: async () => {
          await parserReady;
          return parseBulletinOrThrow;
        },
        emitters: [costly],
        ...(parseCache ? { parseCache } : {}),
      }),
    ],
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  const get = (file: string) => fetch(`http://127.0.0.1:${port}/${file}`);
  const events = customEvents(server);
  return { get, events, wholeArchiveRuns };
}


describe("the data plugin's dev server", () => {
  it("serves the app's page before the bulletins are read, and their files, as the build makes them, once they are", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>app</title><div id=root></div>");
    const texts = [bulletinText(700, "Engineers say a third of the workforce is left."), bulletinText(701, "Loans are late again.")];
    texts.forEach((t, i) => writeFileSync(path.join(dir, `rca-${700 + i}.txt`), t));
    let release = () => undefined as void;
    const { get, wholeArchiveRuns } = await startDevServer(dir, new Promise<void>((r) => (release = r)));

    // The page comes while the parser is still held back: nothing is read yet.
    const page = await get("");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>app</title>");

    const bulletinReply = get(bulletinFile("rca-700"));
    const headReply = get(ARCHIVE_HEAD_FILE);
    release();
    const build = runEmitters(builtInEmitters, texts.map((t, i) => parseBulletinOrThrow(t, { fileName: `rca-${700 + i}.txt` })), () => undefined);
    const bulletin = await bulletinReply;
    expect(bulletin.headers.get("content-type")).toBe("application/json");
    expect(await bulletin.text()).toBe(build.get(bulletinFile("rca-700")));
    // The head names each bulletin's source hash, which the build also takes from the files: compare what both list.
    const head = (await (await headReply).json()) as { bulletins: Array<{ id: string }> };
    expect(head.bulletins.map((b) => b.id)).toEqual((JSON.parse(build.get(ARCHIVE_HEAD_FILE)!) as typeof head).bulletins.map((b) => b.id));
    expect(wholeArchiveRuns).toEqual([]);

    expect(await (await get("data/costly.json")).json()).toBe(2);
    expect((await get(bulletinFile("rca-999"))).status).toBe(404);
    expect(wholeArchiveRuns).toEqual([2]);
  });

  it("re-reads a bulletin edited on disk, tells the client, and then serves it as it now is", async () => {
    const dir = tempDir();
    const file = path.join(dir, "rca-700.txt");
    writeFileSync(file, bulletinText(700, "Engineers say a third of the workforce is left."));
    const { get, events, wholeArchiveRuns } = await startDevServer(dir, Promise.resolve());
    const paragraph = async () =>
      ((await (await get(bulletinFile("rca-700"))).json()) as Bulletin).articles[0]!.paragraphs[0]!.text;
    expect(await paragraph()).toBe("Engineers say a third of the workforce is left.");
    expect(await (await get("data/costly.json")).json()).toBe(1);

    writeFileSync(path.join(dir, "rca-701.txt"), bulletinText(701, "Loans are late again."));
    writeFileSync(file, bulletinText(700, "Work has stopped altogether."));
    await waitFor(() => events.filter((e) => e === BULLETINS_CHANGED_EVENT).length >= 2);
    expect(await paragraph()).toBe("Work has stopped altogether.");
    expect(await (await get("data/costly.json")).json()).toBe(2);
    expect(wholeArchiveRuns).toEqual([1, 2]);
  });

  it("sees a bulletins folder made after it started, and the bulletins put in it", async () => {
    const root = tempDir();
    const later = path.join(root, "bulletins");
    const { get, events } = await startDevServer(root, Promise.resolve(), undefined, later);
    mkdirSync(later);
    writeFileSync(path.join(later, "rca-700.txt"), bulletinText(700, "Engineers say a third of the workforce is left."));
    await waitFor(() => events.includes(BULLETINS_CHANGED_EVENT));
    const bulletin = (await (await get(bulletinFile("rca-700"))).json()) as Bulletin;
    expect(bulletin.articles[0]!.paragraphs[0]!.text).toBe("Engineers say a third of the workforce is left.");
  });

  it("with a warm parse cache, serves the archive index and a bulletin before the parser has loaded, as the build makes them", async () => {
    const dir = tempDir();
    const cacheDir = path.join(tempDir(), "parse-cache");
    const texts = [bulletinText(700, "Engineers say a third of the workforce is left."), bulletinText(701, "Loans are late again.")];
    const cache = createParseCache({ dir: cacheDir, version: "test", parse: parseBulletinOrThrow });
    texts.forEach((t, i) => {
      writeFileSync(path.join(dir, `rca-${700 + i}.txt`), t);
      cache.parseWithCache(`rca-${700 + i}.txt`, t);
    });
    const bulletins = texts.map((t, i) => parseBulletinOrThrow(t, { fileName: `rca-${700 + i}.txt` }));
    // Through the cache with a parse that throws: every bulletin must come from the cache.
    const cachedOnly = async () => {
      const fromCache = createParseCache({ dir: cacheDir, version: "test", parse: () => { throw new Error("parsed outside the cache"); } });
      return (text: string, { fileName }: { fileName: string }) => fromCache.parseWithCache(fileName, text).bulletin;
    };
    // The parser loads only when the test says: the first files come from the cache before it.
    let releaseParser = () => undefined as void;
    const parserGate = new Promise<void>((r) => (releaseParser = r));
    server = await createServer({
      configFile: false,
      root: dir,
      logLevel: "silent",
      server: { port: 0, host: "127.0.0.1", hmr: false },
      plugins: [bulletinsPlugin({ dir, loadParser: () => parserGate.then(cachedOnly), parseCache: { dir: cacheDir, version: "test" } })],
    });
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    const head = (await (await fetch(`http://127.0.0.1:${port}/${ARCHIVE_HEAD_FILE}`)).json()) as { bulletins: Array<{ id: string; articles: unknown[] }> };
    const built = JSON.parse(runEmitters(builtInEmitters, bulletins, () => undefined).get(ARCHIVE_HEAD_FILE)!) as typeof head;
    expect(head.bulletins.map(({ id, articles }) => ({ id, articles }))).toEqual(built.bulletins.map(({ id, articles }) => ({ id, articles })));
    // In full, not the worker's summary.
    const built701 = runEmitters(builtInEmitters, bulletins, () => undefined).get(bulletinFile("rca-701"));
    expect(await (await fetch(`http://127.0.0.1:${port}/${bulletinFile("rca-701")}`)).text()).toBe(built701);

    // An edit waits for the parser, then reaches the client.
    const events = customEvents(server);
    const edited = bulletinText(701, "Loans arrived at last.");
    cache.parseWithCache("rca-701.txt", edited);
    writeFileSync(path.join(dir, "rca-701.txt"), edited);
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
    releaseParser();
    await waitFor(() => events.includes(BULLETINS_CHANGED_EVENT));
    const now = (await (await fetch(`http://127.0.0.1:${port}/${bulletinFile("rca-701")}`)).json()) as Bulletin;
    expect(now.articles[0]!.paragraphs[0]!.text).toBe("Loans arrived at last.");
  });
});

describe("the dev server's first start after a build", () => {
  const withHeadline = (issue: number, headline: string) => bulletinText(issue, "Loans are late again.").replace("DAM PROJECT STALLS", headline);

  /** A production build's data pass (what `vite build` runs first) over `dir`, parsing through a parse cache in `cacheDir`. */
  async function buildInto(dir: string, cacheDir: string) {
    const cache = createParseCache({ dir: cacheDir, version: "test", parse: parseBulletinOrThrow });
    const plugin = bulletinsPlugin({
      dir,
      // As the parse pool does: every file read through the build, to find what the cache lacks.
      loadParser: async (hint) => {
        for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt"))) hint?.read?.(path.join(dir, name));
        return (text, { fileName }) => cache.parseWithCache(fileName, text).bulletin;
      },
      parseCache: { dir: cacheDir, version: "test" },
    });
    const logger = { warn: () => undefined, info: () => undefined };
    const config = { root: dir, command: "build", base: "/", logger, plugins: [], build: { outDir: path.join(dir, "dist") } } as unknown as ResolvedConfig;
    (plugin.configResolved as (c: ResolvedConfig) => void)(config);
    await (plugin.buildStart as () => Promise<void>).call({});
    return (plugin.api as BulletinsPluginApi).files();
  }

  /** Sets the files' time an hour back (whole seconds, so it can be set again exactly), as an archive's files are. */
  function lastChangedAnHourAgo(dir: string): number {
    const time = Math.floor(Date.now() / 1000) - 3600;
    for (const name of readdirSync(dir)) utimesSync(path.join(dir, name), time, time);
    return time;
  }

  /** A dev server on `dir` whose parser records which files it was told the cache lacks, and parses only through the cache. */
  async function startOnCache(dir: string, cacheDir: string) {
    const hints: Array<readonly string[] | undefined> = [];
    const cache = createParseCache({ dir: cacheDir, version: "test", parse: parseBulletinOrThrow });
    server = await createServer({
      configFile: false,
      root: dir,
      logLevel: "silent",
      server: { port: 0, host: "127.0.0.1", hmr: false },
      plugins: [
        bulletinsPlugin({
          dir,
          loadParser: async (hint) => {
            hints.push(hint?.uncached);
            return (text, { fileName }) => cache.parseWithCache(fileName, text).bulletin;
          },
          parseCache: { dir: cacheDir, version: "test" },
        }),
      ],
    });
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    const head = async () =>
      (await (await fetch(`http://127.0.0.1:${port}/${ARCHIVE_HEAD_FILE}`)).json()) as {
        bulletins: Array<{ id: string; sourceHash?: string; articles: Array<{ headline: string }> }>;
      };
    return { head, hints };
  }

  it("starts from the summaries the build left, without reading a cached parse", async () => {
    const dir = tempDir();
    const cacheDir = path.join(tempDir(), "parse-cache");
    writeFileSync(path.join(dir, "rca-700.txt"), withHeadline(700, "DAM PROJECT STALLS"));
    writeFileSync(path.join(dir, "rca-701.txt"), withHeadline(701, "BORDER TRADE REOPENS"));
    const built = await buildInto(dir, cacheDir);
    expect(existsSync(summaryIndexFile(cacheDir, "test"))).toBe(true);
    // The cached parses are gone: only the summaries the build left can answer the archive index.
    for (const entry of readdirSync(path.join(cacheDir, "test"))) {
      if (path.join(cacheDir, "test", entry) !== summaryIndexFile(cacheDir, "test")) rmSync(path.join(cacheDir, "test", entry), { recursive: true });
    }

    const { head, hints } = await startOnCache(dir, cacheDir);
    expect(await head()).toEqual(JSON.parse(built.get(ARCHIVE_HEAD_FILE)!));
    await waitFor(() => hints.length > 0);
    expect(hints).toEqual([[]]);
  });

  it("never serves the summary the build left for a bulletin changed since", async () => {
    const dir = tempDir();
    const cacheDir = path.join(tempDir(), "parse-cache");
    writeFileSync(path.join(dir, "rca-700.txt"), withHeadline(700, "DAM PROJECT STALLS"));
    writeFileSync(path.join(dir, "rca-701.txt"), withHeadline(701, "BORDER TRADE REOPENS"));
    lastChangedAnHourAgo(dir);
    await buildInto(dir, cacheDir);
    // As long as the old headline: the file's size alone does not tell.
    const edited = withHeadline(701, "BORDER TRADE STOPPED");
    expect(edited.length).toBe(withHeadline(701, "BORDER TRADE REOPENS").length);
    writeFileSync(path.join(dir, "rca-701.txt"), edited);

    const { head, hints } = await startOnCache(dir, cacheDir);
    const listed = (await head()).bulletins.find((b) => b.id === "rca-701")!;
    expect(listed.articles.map((a) => a.headline)).toEqual([expect.stringMatching(/border trade stopped/i)]);
    expect(listed.sourceHash).toBe(contentHashSync(edited));
    expect(hints).toEqual([[path.join(dir, "rca-701.txt")]]);
  });

  it("takes a bulletin unchanged since the build (its size and time) from the summaries the build left, without reading its file", async () => {
    const dir = tempDir();
    const cacheDir = path.join(tempDir(), "parse-cache");
    writeFileSync(path.join(dir, "rca-700.txt"), withHeadline(700, "DAM PROJECT STALLS"));
    writeFileSync(path.join(dir, "rca-701.txt"), withHeadline(701, "BORDER TRADE REOPENS"));
    const time = lastChangedAnHourAgo(dir);
    await buildInto(dir, cacheDir);
    // Rewritten behind the server's back, keeping the size and time the build saw: what it lists shows whether it read the file.
    writeFileSync(path.join(dir, "rca-701.txt"), withHeadline(701, "BORDER TRADE STOPPED"));
    utimesSync(path.join(dir, "rca-701.txt"), time, time);

    const { head, hints } = await startOnCache(dir, cacheDir);
    const listed = (await head()).bulletins.find((b) => b.id === "rca-701")!;
    expect(listed.articles.map((a) => a.headline)).toEqual([expect.stringMatching(/border trade reopens/i)]);
    await waitFor(() => hints.length > 0);
    expect(hints).toEqual([[]]);
  });
});
