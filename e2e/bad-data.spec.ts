import { expect, test, type Page, type Route } from "@playwright/test";
import { openApp, archiveIndex } from "./app.ts";

// page.route cannot see requests a service worker answers from its cache.
test.use({ serviceWorkers: "block" });

type Breakage = { name: string; serve: (route: Route) => Promise<void>; says: RegExp };

/** The ways a deployed data file goes bad; each is served in place of the real file. */
const breakages: Breakage[] = [
  {
    name: "truncated JSON",
    serve: async (route) => {
      const real = await (await route.fetch()).text();
      await route.fulfill({ status: 200, contentType: "application/json", body: real.slice(0, Math.floor(real.length / 2)) });
    },
    says: /JSON|broken|not valid/i,
  },
  {
    name: "an HTML page instead of JSON",
    serve: (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><html><body><h1>Welcome</h1></body></html>" }),
    says: /HTML/i,
  },
  {
    name: "another schemaVersion",
    serve: async (route) => {
      const real = (await (await route.fetch()).json()) as Record<string, unknown>;
      const field = ["archiveVersion", "version"].find((f) => f in real) ?? "schemaVersion";
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ ...real, [field]: 999 }) });
    },
    says: /version 999/i,
  },
  {
    name: "a missing file (404)",
    // A file the archive lists is missing: a data error with Retry, not the not-found page (no alert, no Retry).
    serve: (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" }),
    says: /missing|not found|could not/i,
  },
  {
    name: "a failed connection",
    serve: (route) => route.abort("connectionreset"),
    says: /could not|connection|load/i,
  },
];

async function firstBulletinId(page: Page): Promise<string> {
  const archive = await archiveIndex(page.request);
  const id = archive.bulletins[0]?.id;
  if (!id) throw new Error("the build has no bulletin to test with");
  return id;
}

async function expectErrorThenRecovery(page: Page, pattern: string, path: string, breakage: Breakage, recovered: () => Promise<void>) {
  await page.route(pattern, breakage.serve);
  await openApp(page, path);
  const alert = page.getByRole("alert");
  // A network failure is retried (with back-off) before the error shows.
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toContainText(breakage.says);
  const retry = alert.getByRole("button", { name: "Retry" });
  await expect(retry).toBeVisible();
  await page.unroute(pattern);
  await retry.click();
  await recovered();
  await expect(page.getByRole("alert")).toHaveCount(0);
}

for (const breakage of breakages) {
  test(`a bulletin file that is ${breakage.name} shows a clear error, and Retry recovers`, async ({ page }) => {
    const id = await firstBulletinId(page);
    await expectErrorThenRecovery(page, `**/data/bulletins/${id}.json`, `/bulletins/${id}`, breakage, async () => {
      await expect(page.getByRole("heading", { level: 1 })).not.toContainText(/not found|wrong|broken|version|could not/i);
      await expect(page.locator(`main a[href^="/bulletins/${id}/articles/"]`).first()).toBeVisible();
    });
  });

  test(`an archive index that is ${breakage.name} shows a clear error, and Retry recovers`, async ({ page }) => {
    const id = await firstBulletinId(page);
    // The archive page's first file is the index's head (data/archive-head.json).
    await expectErrorThenRecovery(page, "**/data/archive-head.json", "/", breakage, async () => {
      await expect(page.locator(`main a[href="/bulletins/${id}"]`).first()).toBeVisible();
    });
  });

  test(`a view's head that is ${breakage.name} shows a clear error, and Retry recovers`, async ({ page }) => {
    // The Quotes view's first file; its pieces and the other views' heads are checked the same way (src/views/schema.ts).
    await expectErrorThenRecovery(page, "**/data/views/quotes-head.json", "/quotes", breakage, async () => {
      await expect(page.getByRole("list", { name: "Quotes" }).getByRole("listitem").first()).toBeVisible();
    });
  });
}
