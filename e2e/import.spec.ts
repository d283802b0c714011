import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { fixture, importThroughPicker, resultFor } from "./import-helpers.ts";
import { openApp, reloadApp, archiveIndex } from "./app.ts";

// A controlling service worker would reload the page when it takes over; these tests are about imports.
test.use({ serviceWorkers: "block" });

/** The longest main-thread stall allowed during a 100-file import (two busy cores: generous). */
const MAX_STALL_MS = 1_000;

/** Mirrors MAX_IMPORT_BYTES (src/import/limits.ts): one byte over it. */
const OVER_LIMIT = 2 * 1024 * 1024 + 1;

test("good, duplicate and bad files imported together each get their own result", async ({ page }) => {
  test.setTimeout(90_000);
  await importThroughPicker(page, [
    fixture("crs-412.txt"),
    fixture("crs-412 (copy).txt"),
    fixture("shopping-list.txt"),
    fixture("binary.txt"),
    { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(OVER_LIMIT, "a") },
    fixture("rca-233.txt"),
  ]);

  await expect(page.getByTestId("import-summary")).toHaveText("6 of 6 files: 2 added, 1 already there, 3 refused.");
  await expect(resultFor(page, "crs-412.txt")).toHaveAttribute("data-status", "added");
  await expect(resultFor(page, "crs-412 (copy).txt")).toHaveAttribute("data-status", "duplicate");
  await expect(resultFor(page, "crs-412 (copy).txt")).toContainText("Already there");
  await expect(resultFor(page, "shopping-list.txt")).toHaveAttribute("data-status", "refused");
  await expect(resultFor(page, "shopping-list.txt")).toContainText("Not an IWPR bulletin");
  await expect(resultFor(page, "binary.txt")).toContainText("Binary file");
  await expect(resultFor(page, "huge.txt")).toContainText("the limit is 2 MB per file");
  await expect(resultFor(page, "rca-233.txt")).toHaveAttribute("data-status", "added");

  // The imports joined the archive, beside the bundled bulletins.
  await resultFor(page, "crs-412.txt").getByRole("link").click();
  await expect(page.getByRole("link", { name: /Highland Schools Close for Winter/i })).toBeVisible();
  await openApp(page, "/");
  await expect(page.getByRole("link", { name: /Bazaar Traders Protest New Tax/i })).toBeVisible();
});

test("imports survive a reload, open offline from storage, and can be removed", async ({ page, context }) => {
  test.setTimeout(90_000);
  await importThroughPicker(page, [fixture("crs-412.txt"), fixture("rca-233.txt")]);
  await reloadApp(page);
  const list = page.getByTestId("imported-list");
  await expect(list.locator("li")).toHaveCount(2);

  // The bulletin itself comes from this browser's storage, not from the server.
  await context.route("**/data/bulletins/crs-412.json", (route) => route.abort());
  await openApp(page, "/bulletins/crs-412/articles/ferry-link-reopens-on-caspian-coast");
  await expect(page.getByRole("article").getByText("The ferry between Baku and Turkmenbashi").first()).toBeVisible();

  await openApp(page, "/import");
  await expect(page.getByRole("heading", { name: "Imported bulletins (2)" })).toBeVisible({ timeout: 15_000 });
  await list.locator('li[data-import-id="crs-412"]').getByRole("button", { name: "Remove crs-412" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(list.locator("li")).toHaveCount(1);
  await reloadApp(page);
  await expect(page.getByTestId("imported-list").locator("li")).toHaveCount(1);
  await openApp(page, "/bulletins/crs-412");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
});

test("a file dropped anywhere in the app is imported", async ({ page }) => {
  await openApp(page, "/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const text = fixture("rca-233.txt").buffer.toString("utf8");
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], "dropped.txt", { type: "text/plain" }));
    return dt;
  }, text);
  await page.dispatchEvent("main", "dragover", { dataTransfer });
  await page.dispatchEvent("main", "drop", { dataTransfer });
  await expect(page).toHaveURL(/\/import$/);
  await expect(resultFor(page, "dropped.txt")).toHaveAttribute("data-status", "added");
});

test("a folder of a hundred bulletins imports with progress, and the page stays responsive", async ({ page }) => {
  test.setTimeout(180_000);
  // A bulletin of real size (20 kB, two long articles), as a hundred distinct issues, so each is a new
  // bulletin rather than a duplicate; a picture beside them is left out.
  const base = readFileSync(new URL("../bulletins/rca-565-part-2.txt", import.meta.url), "utf8");
  const folder = mkdtempSync(path.join(tmpdir(), "bulletins-folder-"));
  for (let i = 0; i < 100; i++) writeFileSync(path.join(folder, `rca-${1000 + i}.txt`), base.replace("No. 565 Part Two", `No. ${1000 + i}`));
  writeFileSync(path.join(folder, "cover.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  await openApp(page, "/import");
  // The longest the page goes without running a timer: how long a click would wait for an answer.
  await page.evaluate(() => {
    const probe = { last: performance.now(), worst: 0 };
    (window as unknown as { lagProbe: typeof probe }).lagProbe = probe;
    setInterval(() => {
      const now = performance.now();
      probe.worst = Math.max(probe.worst, now - probe.last);
      probe.last = now;
    }, 20);
  });
  const started = Date.now();
  await page.getByTestId("import-folder-input").setInputFiles(folder);
  await expect(page.getByTestId("import-progress")).toContainText(/Importing \d+ of 100/);
  await expect(page.getByTestId("import-summary")).toHaveText("100 of 100 files: 100 added, 0 already there, 0 refused.", { timeout: 120_000 });
  const elapsed = Date.now() - started;
  const worstGap = await page.evaluate(() => (window as unknown as { lagProbe: { worst: number } }).lagProbe.worst);
  rmSync(folder, { recursive: true, force: true });
  console.log(`[bench] imported a folder of 100 files in ${elapsed} ms (${(elapsed / 100).toFixed(1)} ms per file); longest main-thread stall ${Math.round(worstGap)} ms`);
  // A page that parsed on its main thread would stall for seconds; this bound only catches that.
  expect(worstGap).toBeLessThan(MAX_STALL_MS);
  await expect(page.getByTestId("imported-list").locator("li")).toHaveCount(100);
});

test("the header and the archive page lead to the import page", async ({ page }) => {
  await openApp(page, "/");
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  const archiveLine = page.getByRole("main").getByRole("link", { name: "Open your own bulletins" });
  await expect(archiveLine).toHaveAttribute("href", "/import");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole("heading", { name: "Import bulletins", level: 1 })).toBeVisible();
  // The current page is marked in the header, as the Archive link is on the archive.
  await expect(nav.getByRole("link", { name: "Import" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Archive" })).not.toHaveAttribute("aria-current", "page");
});

test("an imported bulletin's people are found by the header search, and their page lists their quote", async ({ page }) => {
  test.setTimeout(90_000);
  // A made-up bulletin whose speaker is in no bundled bulletin: only the import can find him.
  await importThroughPicker(page, [fixture("crs-520.txt")]);
  await expect(resultFor(page, "crs-520.txt")).toHaveAttribute("data-status", "added");

  const searchbox = page.getByRole("banner").getByRole("searchbox", { name: "Search" });
  await searchbox.click(); // reaching for the box loads it
  await expect(searchbox).toHaveAttribute("autocomplete", "off", { timeout: 15_000 });
  await searchbox.fill("Okropiridze");
  const person = page.getByRole("group", { name: "People" }).getByRole("option").filter({ hasText: "Zurab Okropiridze" });
  await expect(person).toBeVisible({ timeout: 15_000 });
  await person.click();

  await expect(page).toHaveURL(/\/people\/zurab-okropiridze$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zurab Okropiridze");
  const quotes = page.getByRole("region", { name: /Quotes/ });
  await expect(quotes.getByRole("link", { name: /I opened forty hives in March/ })).toHaveAttribute("href", /^\/bulletins\/crs-520\/articles\//);
  // The place he spoke of has its page too, though no bundled bulletin names it.
  await openApp(page, "/places/tskaltubo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tskaltubo");

  // Removing the import takes his page with it.
  await openApp(page, "/import");
  await page.getByTestId("imported-list").getByRole("button", { name: "Remove crs-520" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByTestId("imported-list").locator("li")).toHaveCount(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" }).click();
  await searchbox.fill("Okropiridze");
  await expect(page.getByRole("group", { name: "People" }).getByRole("option").filter({ hasText: "Zurab Okropiridze" })).toHaveCount(0);
  await openApp(page, "/people/zurab-okropiridze");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
});

test("a bundled bulletin's own text, even saved with Windows line endings, is already there", async ({ page }) => {
  test.setTimeout(60_000);
  const bundled = readFileSync(new URL("../bulletins/rca-565-part-2.txt", import.meta.url), "utf8");
  const asWindowsSaves = `\uFEFF${bundled.replace(/\r?\n/g, "\r\n")}`;
  await importThroughPicker(page, [
    { name: "bundled.txt", mimeType: "text/plain", buffer: Buffer.from(bundled) },
    { name: "bundled-windows.txt", mimeType: "text/plain", buffer: Buffer.from(asWindowsSaves) },
  ]);
  await expect(page.getByTestId("import-summary")).toHaveText("2 of 2 files: 0 added, 2 already there, 0 refused.");
  for (const name of ["bundled.txt", "bundled-windows.txt"]) {
    await expect(resultFor(page, name)).toHaveAttribute("data-status", "duplicate");
    await expect(resultFor(page, name)).toContainText("Already there");
  }
  // "Open it" leads to the bundled bulletin, and the archive gained no copy.
  const archive = await archiveIndex(page.request);
  const open = resultFor(page, "bundled.txt").getByRole("link", { name: "Open it" });
  const href = await open.getAttribute("href");
  expect(archive.bulletins.map((b) => `/bulletins/${b.id}`)).toContain(href);
  await openApp(page, "/");
  await expect(page.locator('main a[href*="-imported"]')).toHaveCount(0);
});

test("a UTF-16 file (Notepad's “Unicode”) and a KOI8-R file are read as text, and the guessed code page is named", async ({ page }) => {
  test.setTimeout(60_000);
  await importThroughPicker(page, [fixture("crs-412 (Unicode).txt"), fixture("rca-240 (KOI8-R).txt")]);
  await expect(resultFor(page, "crs-412 (Unicode).txt")).toHaveAttribute("data-status", "added");
  const russian = resultFor(page, "rca-240 (KOI8-R).txt");
  await expect(russian).toHaveAttribute("data-status", "added");
  await expect(russian).toContainText("read as KOI8-R (Cyrillic)");
  await russian.getByRole("link").first().click();
  await expect(page.getByRole("link", { name: /Вода пришла поздно/i })).toBeVisible();
  await expect(page.getByRole("region", { name: "Damage in the source file" })).toContainText("KOI8-R");
});
