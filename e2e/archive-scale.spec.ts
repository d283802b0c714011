import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { archiveIndex, openApp } from "./app.ts";
import { ARCHIVE_HEAD_COUNT } from "../src/site-generator/archive-index.ts";

// page.route cannot see requests a service worker answers from its cache.
test.use({ serviceWorkers: "block" });

interface Entry {
  id: string;
  issue: number | null;
  articles: unknown[];
}

const SIZE = 300;
/** Bulletins per piece of the index, as the build cuts a big archive's (src/site-generator/archive-index.ts). */
const PER_PIECE = 100;

/**
 * Serves a SIZE-bulletin archive made of copies of the built one, under other
 * ids, its index in pieces of PER_PIECE; each piece only when `mayLoad` resolves.
 */
async function serveBigArchive(page: Page, request: APIRequestContext, mayLoad: Promise<void> = Promise.resolve()) {
  const real = await archiveIndex(request);
  const model = real.bulletins[0]! as Entry & (typeof real.bulletins)[number];
  const bulletins = Array.from({ length: SIZE }, (_, i) => ({ ...model, id: `scale-${i + 1}`, issue: SIZE - i }));
  const pieces = Array.from({ length: SIZE / PER_PIECE }, (_, i) => bulletins.slice(i * PER_PIECE, (i + 1) * PER_PIECE));
  const head = {
    archiveVersion: real.archiveVersion,
    articleCounts: bulletins.map((b) => b.articles.length),
    bulletins: bulletins.slice(0, ARCHIVE_HEAD_COUNT),
    pieces: pieces.map((p, i) => ({ file: `data/h/archive-scale${i}.json`, bulletins: p.length })),
  };
  await page.route("**/data/archive-head.json", (route) => route.fulfill({ json: head }));
  const asked = { pieces: [] as number[] };
  await page.route("**/data/h/archive-scale*.json", async (route) => {
    const i = Number(/archive-scale(\d+)\.json/.exec(route.request().url())![1]);
    asked.pieces.push(i);
    await mayLoad;
    await route.fulfill({ json: { archiveVersion: real.archiveVersion, bulletins: pieces[i] } });
  });
  return asked;
}

test("a big archive opens from its head and loads the pieces of its index as the reader scrolls to them", async ({ page, request }) => {
  let release!: () => void;
  const mayLoad = new Promise<void>((resolve) => (release = resolve));
  const asked = await serveBigArchive(page, request, mayLoad); // held, so the placeholders can be seen

  await openApp(page, "/");
  const main = page.getByRole("main");
  await expect(main).toContainText(`${SIZE} bulletins`);
  await expect(main.locator('a[href="/bulletins/scale-1"]')).toBeVisible();
  expect(asked.pieces).toEqual([]);

  // Just past the head: only the first piece, which holds the rows in view. The rows are copies of one
  // bulletin, all of a height, so the head's 60 of 300 end a fifth of the way down the list.
  const pastHead = (ARCHIVE_HEAD_COUNT + 3) / SIZE;
  await expect
    .poll(async () => {
      await page.evaluate((share) => window.scrollTo(0, document.documentElement.scrollHeight * share), pastHead);
      return asked.pieces.length;
    })
    .toBeGreaterThan(0);
  await expect(main.getByText("Loading bulletin…").first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(asked.pieces).toEqual([0]);

  // The end: every piece up to it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => [...asked.pieces].sort()).toEqual([0, 1, 2]);
  release();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(main.locator(`a[href="/bulletins/scale-${SIZE}"]`)).toBeVisible();
  await expect(main.locator("ol > li").first()).toHaveAttribute("aria-setsize", String(SIZE));
});

test("Tab walks the big archive's links in order, past the bulletins rendered at first", async ({ page, request }) => {
  await serveBigArchive(page, request);
  await openApp(page, "/");
  const main = page.getByRole("main");
  await main.locator('a[href="/bulletins/scale-1"]').focus();
  // Only the rows near the screen are in the page; the rest are rendered as focus reaches them.
  const target = "/bulletins/scale-12";
  await expect(main.locator(`a[href="${target}"]`)).toHaveCount(0);
  let issue = 1;
  for (let press = 0; press < 400; press++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest("main ol") ? el.getAttribute("href") : null;
    });
    expect(href, "focus left the archive's list").not.toBeNull();
    const bulletin = /^\/bulletins\/scale-(\d+)$/.exec(href!);
    if (!bulletin) continue;
    expect(Number(bulletin[1]), "bulletins are reached in order, none skipped").toBe(issue + 1);
    issue += 1;
    if (href === target) break;
  }
  expect(issue).toBe(12);
});
