/**
 * A new build published while a tab is open: the tab is told a newer version
 * is ready, keeps running its own build until then, and a reload shows the
 * new one — through the notice, or by reloading the tab.
 *
 * The first build is the one under test (dist/); the second is built here
 * from the same code with one more bulletin, and published at the same origin
 * by swapping the folder a small static server serves.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { serveFolder, type FolderServer } from "./serve-folder.ts";

test.use({ serviceWorkers: "allow" });
test.describe.configure({ mode: "serial" });

const ROOT = path.resolve(import.meta.dirname, "..");
/** The bulletin only the second build has, and the headline of its first article. */
const NEW_BULLETIN = "crs-412.txt";
const NEW_HEADLINE = /Highland Schools Close for Winter/i;

let work = "";
let first = "";
let second = "";

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(path.join(tmpdir(), "update-e2e-"));
  first = path.join(work, "first");
  second = path.join(work, "second");
  cpSync(path.join(ROOT, "dist"), first, { recursive: true });
  const bulletins = path.join(work, "bulletins");
  cpSync(path.join(ROOT, "bulletins"), bulletins, { recursive: true });
  copyFileSync(path.join(ROOT, "e2e/fixtures", NEW_BULLETIN), path.join(bulletins, NEW_BULLETIN));
  const built = spawnSync("npx", ["vite", "build", "--outDir", second, "--emptyOutDir"], {
    cwd: ROOT,
    env: { ...process.env, BULLETINS_DIR: bulletins },
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`second build failed:\n${built.stdout}\n${built.stderr}`);
  expect(readdirSync(second)).toContain("sw.js");
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

let server: FolderServer;
test.beforeEach(async () => {
  server = await serveFolder(first);
});
test.afterEach(async () => {
  await server.close();
});

/** Opens the archive on the first build and waits until its service worker controls the page. */
async function openFirstBuild(page: Page): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  await expect(page.getByRole("link", { name: NEW_HEADLINE })).toHaveCount(0);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

test("an open tab is told a newer version is ready, and its Reload shows the new build", async ({ page }) => {
  test.setTimeout(120_000);
  await openFirstBuild(page);
  server.publish(second);
  // The reader comes back to the tab: it asks whether a new build was published.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  const notice = page.getByTestId("update-notice");
  await expect(notice).toContainText("A newer version of this site is ready", { timeout: 30_000 });
  // Until then the tab runs the build it started with.
  await expect(page.getByRole("link", { name: NEW_HEADLINE })).toHaveCount(0);

  await notice.getByRole("button", { name: "Reload to update" }).click();
  await expect(page.getByRole("link", { name: NEW_HEADLINE })).toBeVisible({ timeout: 30_000 });
  await expect(notice).toHaveCount(0);
  // The new build's worker controls the page, and only the new build's data cache is left.
  await expect.poll(() => dataCaches(page).catch(() => []), { timeout: 15_000 }).toHaveLength(1);
});

test("reloading the tab itself shows the new build, with the new build's data", async ({ page }) => {
  test.setTimeout(120_000);
  // Whether the update notice ever showed, across the page's reloads (sessionStorage outlives them).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector("[data-testid=update-notice]")) sessionStorage.setItem("update-offered", "yes");
    }).observe(document, { childList: true, subtree: true });
  });
  await openFirstBuild(page);
  const firstCaches = await dataCaches(page);
  server.publish(second);
  await page.reload();
  await expect(page.getByRole("link", { name: NEW_HEADLINE })).toBeVisible({ timeout: 30_000 });
  // The page already runs the new build, so it is not offered it: the new worker takes over, as no other
  // tab runs the old build (the page reloads once more as it does).
  await expect.poll(() => dataCaches(page).catch(() => firstCaches), { timeout: 30_000 }).not.toEqual(firstCaches);
  await expect.poll(() => dataCaches(page).catch(() => []), { timeout: 15_000 }).toHaveLength(1);
  await page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: 20_000 });
  await expect(page.getByRole("link", { name: NEW_HEADLINE })).toBeVisible();
  await expect(page.getByTestId("update-notice")).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem("update-offered"))).toBeNull();
});

function dataCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("bulletin-data-")));
}
