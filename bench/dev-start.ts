/**
 * "npm start: first page": from spawning the dev server (`vite`, as
 * `npm start` does) on an archive whose parse cache is warm, until Chromium
 * shows the archive page's first bulletin and then an article page's
 * headline and first paragraph. Used by bench/web.ts (`--sizes`, and
 * `--start-only` for this figure alone), twice per archive: the first start
 * after the parse cache was filled reads every cached parse; the next reads
 * the summaries the first kept (src/site-generator/dev/summary-index.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { parseInWorkers, bulletinFiles } from "../src/site-generator/cache/parse-pool.ts";
import { parserVersion } from "../src/site-generator/cache/index.ts";
import { readSource } from "../src/site-generator/read-source.ts";
import { ARCHIVE_HEAD_FILE } from "../src/site-generator/data-paths.ts";

/** The goal (the issue "10,000 bulletins"): both pages show their content within this of `npm start`. */
export const DEV_START_GOAL_S = 15;
/** Past this the figure reads "never": the dev server before on-demand data took 232 s at 10,000. */
const GIVE_UP_MS = 400_000;

export interface DevStartFigures {
  /** Seconds from spawning the dev server until the archive page shows a bulletin; null: never. */
  archiveSeconds: number | null;
  /** Seconds from spawning it until an article page (opened once the archive page showed) shows its text; null: never. */
  articleSeconds: number | null;
  /** The dev server's own line: how long reading the bulletins took (`bulletins: N read in …`). */
  serverLine: string | null;
  machineLoad: number[];
}

/** Fills the parse cache as a first `npm start` or a build would (the parse pool, src/site-generator/cache/). */
export async function warmParseCache(bulletinsDir: string, cacheDir: string, log: (line: string) => void): Promise<void> {
  await parseInWorkers({
    files: bulletinFiles(bulletinsDir),
    read: (file) => {
      const source = readSource(file);
      if (!source.ok) throw new Error(`unreadable: ${file}`);
      return source.text;
    },
    cacheDir,
    version: parserVersion(),
    log,
  });
}

const READ_LINE = /bulletins: \d+ read in [^\n]*/;

function stop(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}

export async function measureDevStart(options: {
  bulletinsDir: string;
  cacheDir: string;
  port: number;
  chromiumPath: string;
  logFile: string;
  machineLoad: () => number[];
  log: (line: string) => void;
}): Promise<DevStartFigures> {
  const { bulletinsDir, cacheDir, port, logFile, log } = options;
  const origin = `http://localhost:${port}`;
  // Started first: its start is not the dev server's.
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const machineLoad = options.machineLoad();
  log(`  npm start on ${bulletinsDir} (warm parse cache), port ${port}`);
  const started = Date.now();
  const server = spawn(process.execPath, [path.join("node_modules", "vite", "bin", "vite.js"), "--port", String(port), "--strictPort"], {
    env: { ...process.env, BULLETINS_DIR: bulletinsDir, BULLETINS_CACHE_DIR: cacheDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stopping it stops its workers too
  });
  let out = "";
  const take = (chunk: Buffer) => {
    out += chunk.toString();
    appendFileSync(logFile, chunk);
  };
  server.stdout!.on("data", take);
  server.stderr!.on("data", take);
  const seconds = () => (Date.now() - started) / 1000;
  let archiveSeconds: number | null = null;
  let articleSeconds: number | null = null;
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    // Until the server listens: connection refused, then the page.
    for (;;) {
      if (Date.now() - started > GIVE_UP_MS) throw new Error("the dev server did not answer");
      try {
        await page.goto(`${origin}/`, { waitUntil: "commit", timeout: 10_000 });
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const remaining = () => Math.max(1, GIVE_UP_MS - (Date.now() - started));
    await page.locator('main a[href^="/bulletins/"]').first().waitFor({ timeout: remaining() });
    archiveSeconds = seconds();

    // The article: the first bulletin with articles, as the archive index lists it.
    const head = (await (await fetch(`${origin}/${ARCHIVE_HEAD_FILE}`)).json()) as {
      bulletins: Array<{ id: string; articles: Array<{ slug: string; headline: string }> }>;
    };
    const bulletin = head.bulletins.find((b) => b.articles.length > 0);
    if (bulletin) {
      const article = bulletin.articles[0]!;
      const articlePage = await context.newPage();
      await articlePage.goto(`${origin}/bulletins/${bulletin.id}/articles/${article.slug}`, { waitUntil: "commit" });
      await articlePage.locator("#headline", { hasText: article.headline }).waitFor({ timeout: remaining() });
      await articlePage.locator("main p").first().waitFor({ timeout: remaining() });
      articleSeconds = seconds();
    }
    await context.close();
  } catch (error) {
    log(`  npm start: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  } finally {
    await browser.close();
    stop(server);
  }
  return { archiveSeconds, articleSeconds, serverLine: READ_LINE.exec(out)?.[0] ?? null, machineLoad };
}
