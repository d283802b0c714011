import { archiveIndex } from "./app.ts";
/**
 * Offline: once an article was opened, it still renders after the network
 * goes away and the page is reloaded (service worker: precached app shell,
 * cached bulletin data).
 */
import { expect, test } from "@playwright/test";

test.use({ serviceWorkers: "allow" });

interface ArchiveIndex {
  bulletins: Array<{ id: string; articles: Array<{ slug: string; headline: string }> }>;
}

test("an article opened once still renders offline after a reload", async ({ page, context, request }) => {
  const archive = await archiveIndex(request);
  const bulletin = archive.bulletins.find((b) => b.articles.length > 0)!;
  const article = bulletin.articles[0]!;
  const path = `/bulletins/${bulletin.id}/articles/${article.slug}`;

  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
  // The worker installs, takes control, and caches the data this first visit fetched.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await expect
    .poll(
      () =>
        page.evaluate(async (id) => {
          for (const key of await caches.keys()) {
            if (await (await caches.open(key)).match(`/data/bulletins/${id}.json`)) return true;
          }
          return false;
        }, bulletin.id),
      { timeout: 15_000 },
    )
    .toBe(true);
  const paragraphCount = await page.locator("article p[id]").count();
  expect(paragraphCount).toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
  await expect(page.locator("article p[id]")).toHaveCount(paragraphCount);
});
