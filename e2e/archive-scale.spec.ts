import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { openApp } from "./app.ts";
import { ARCHIVE_HEAD_COUNT } from "../src/site-generator/archive-index.ts";

// page.route cannot see requests a service worker answers from its cache.
test.use({ serviceWorkers: "block" });

interface Entry {
  id: string;
  issue: number | null;
  articles: unknown[];
}

const SIZE = 300;

/** Serves a SIZE-bulletin archive made of copies of the built one, under other ids; the whole index only when `allMayLoad` resolves. */
async function serveBigArchive(page: Page, request: APIRequestContext, allMayLoad: Promise<void> = Promise.resolve()) {
  const real = (await (await request.get("/data/archive.json")).json()) as { archiveVersion: number; bulletins: Entry[] };
  const model = real.bulletins[0]!;
  const bulletins = Array.from({ length: SIZE }, (_, i) => ({ ...model, id: `scale-${i + 1}`, issue: SIZE - i }));
  const head = { archiveVersion: real.archiveVersion, articleCounts: bulletins.map((b) => b.articles.length), bulletins: bulletins.slice(0, ARCHIVE_HEAD_COUNT) };
  await page.route("**/data/archive-head.json", (route) => route.fulfill({ json: head }));
  const asked = { all: false };
  await page.route("**/data/archive.json", async (route) => {
    asked.all = true;
    await allMayLoad;
    await route.fulfill({ json: { archiveVersion: real.archiveVersion, bulletins } });
  });
  return asked;
}

test("a big archive opens from its head and loads the rest when the reader scrolls to it", async ({ page, request }) => {
  let releaseAll!: () => void;
  const allMayLoad = new Promise<void>((resolve) => (releaseAll = resolve));
  const asked = await serveBigArchive(page, request, allMayLoad); // held, so the placeholders can be seen

  await openApp(page, "/");
  const main = page.getByRole("main");
  await expect(main).toContainText(`${SIZE} bulletins`);
  await expect(main.locator('a[href="/bulletins/scale-1"]')).toBeVisible();
  expect(asked.all).toBe(false);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(main.getByText("Loading bulletin…").first()).toBeVisible();
  await expect.poll(() => asked.all).toBe(true);

  releaseAll();
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
