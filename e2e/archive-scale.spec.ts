import { expect, test } from "@playwright/test";
import { openApp } from "./app.ts";
import { ARCHIVE_HEAD_COUNT } from "../src/build/archive-index.ts";

// page.route cannot see requests a service worker answers from its cache.
test.use({ serviceWorkers: "block" });

interface Entry {
  id: string;
  issue: number | null;
  articles: unknown[];
}

const SIZE = 300;

test("a big archive opens from its head and loads the rest when the reader scrolls to it", async ({ page, request }) => {
  // The built archive has one bulletin: serve a big one made of copies of it, under other ids.
  const real = (await (await request.get("/data/archive.json")).json()) as { archiveVersion: number; bulletins: Entry[] };
  const model = real.bulletins[0]!;
  const bulletins = Array.from({ length: SIZE }, (_, i) => ({ ...model, id: `scale-${i + 1}`, issue: SIZE - i }));
  const head = { archiveVersion: real.archiveVersion, articleCounts: bulletins.map((b) => b.articles.length), bulletins: bulletins.slice(0, ARCHIVE_HEAD_COUNT) };

  await page.route("**/data/archive-head.json", (route) => route.fulfill({ json: head }));
  let askedForAll = false;
  let releaseAll!: () => void;
  const allMayLoad = new Promise<void>((resolve) => (releaseAll = resolve));
  await page.route("**/data/archive.json", async (route) => {
    askedForAll = true;
    await allMayLoad; // held, so the placeholders can be seen
    await route.fulfill({ json: { archiveVersion: real.archiveVersion, bulletins } });
  });

  await openApp(page, "/");
  const main = page.getByRole("main");
  await expect(main).toContainText(`${SIZE} bulletins`);
  await expect(main.locator('a[href="/bulletins/scale-1"]')).toBeVisible();
  expect(askedForAll).toBe(false);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(main.getByText("Loading bulletin…").first()).toBeVisible();
  await expect.poll(() => askedForAll).toBe(true);

  releaseAll();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(main.locator(`a[href="/bulletins/scale-${SIZE}"]`)).toBeVisible();
  await expect(main.locator("ol > li").first()).toHaveAttribute("aria-setsize", String(SIZE));
});
