/**
 * The render pool's workers, started ahead of the prerender: before the
 * built index.html exists, so its pages' documents must still be made from
 * it once given; and a worker that dies must fail the pages sent to it and
 * every later one with an error that says so, never leave them waiting.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../testing/temp-dirs.ts";
import { DYING_WORKER_EXIT_CODE } from "../testing/dying-render-worker.ts";
import { pagesAhead, renderPool } from "./render-pool.ts";
import type { PageMeta } from "./document.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** Two workers starting (a Vite server compiling the app each) on a busy machine. */
const WORKER_TIMEOUT_MS = 120_000;
const tempDir = tempDirs("render-pool-");

const template = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Bulletin Reader</title><script type="module" src="/assets/started-ahead.js"></script></head><body><div id="root"></div></body></html>`;
const meta: PageMeta = { title: "Nowhere", headline: "Nowhere", description: "d", path: "/no-such-page", type: "website" };

describe("a render pool started ahead", () => {
  it(
    "makes each page's document from the template given after its workers started",
    async () => {
      const pool = renderPool(ROOT, tempDir(), 2);
      pool.start();
      expect(pool.running).toBe(2);
      try {
        pool.setDocuments({ template, siteUrl: "https://ahead.example.org" });
        const pages = await Promise.all([pool.render(meta.path, meta), pool.render(meta.path, { ...meta, title: "Second" })]);
        for (const page of pages) {
          expect(page.document?.html).toContain('data-entry="/assets/started-ahead.js"');
          expect(page.document?.html).toContain('href="https://ahead.example.org/no-such-page"');
          expect(page.document?.html.slice(page.document.bodyAt, page.document.bodyAt + page.html.length)).toBe(page.html);
        }
        expect(pages[1]!.document?.html).toContain("<title>Second — Bulletin Reader</title>");
      } finally {
        await pool.close();
      }
      expect(pool.running).toBe(0);
    },
    WORKER_TIMEOUT_MS,
  );

  it(
    "started with one worker, as a rebuild starts it, renders on it and starts no other for a few pages",
    async () => {
      const pool = renderPool(ROOT, tempDir(), 2);
      pool.start(1);
      expect(pool.running).toBe(1);
      try {
        pool.setDocuments({ template, siteUrl: "https://ahead.example.org" });
        const pages = await Promise.all([1, 2, 3].map((n) => pool.render(meta.path, { ...meta, title: `Page ${n}` })));
        expect(pages.map((p) => p.document?.html.includes(`<title>Page 3 — Bulletin Reader</title>`))).toEqual([false, false, true]);
        expect(pool.running).toBe(1);
      } finally {
        await pool.close();
      }
    },
    WORKER_TIMEOUT_MS,
  );

  it(
    "fails the prerender with the worker's end when one dies, and later pages too",
    async () => {
      const dying = new URL("../testing/dying-render-worker.ts", import.meta.url);
      const pool = renderPool(ROOT, tempDir(), 1, { template, siteUrl: "https://example.org" }, dying);
      pool.start();
      try {
        const sent = pool.render("/first");
        await expect(sent).rejects.toThrow(`a render worker stopped (exit code ${DYING_WORKER_EXIT_CODE}) before the prerender was done`);
        await expect(pool.render("/second")).rejects.toThrow(/a render worker stopped/);
        expect(pool.running).toBe(0);
      } finally {
        await pool.close();
      }
    },
    WORKER_TIMEOUT_MS,
  );
});

describe("pages sent ahead to a render worker", () => {
  it("are more for short pages, so that the worker is not left waiting for the build's thread, and never unbounded", () => {
    const personPage = pagesAhead(25);
    const quotePage = pagesAhead(3);
    expect(personPage).toBe(2);
    expect(quotePage).toBeGreaterThan(personPage);
    // Enough of them to last longer than a person page.
    expect(quotePage * 3).toBeGreaterThanOrEqual(25);
    expect(pagesAhead(0.01)).toBe(pagesAhead(0.001));
    expect(pagesAhead(0.01)).toBeLessThanOrEqual(16);
    // Before the first answer, as many as before there was a measure.
    expect(pagesAhead(0)).toBe(2);
  });
});
