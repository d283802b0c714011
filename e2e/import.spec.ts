import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { fixture, importThroughPicker, resultFor } from "./import-helpers.ts";
import { openApp, reloadApp } from "./app.ts";

// A controlling service worker would reload the page when it takes over; these tests are about imports.
test.use({ serviceWorkers: "block" });

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

test("a hundred files in a row show progress and leave the page responsive", async ({ page }) => {
  test.setTimeout(180_000);
  const base = fixture("rca-233.txt").buffer.toString("utf8");
  // Distinct issues, so each is a new bulletin rather than a duplicate.
  const files = Array.from({ length: 100 }, (_, i) => ({
    name: `rca-${1000 + i}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(base.replace("No. 233", `No. ${1000 + i}`)),
  }));
  await openApp(page, "/import");
  const started = Date.now();
  await page.getByTestId("import-input").setInputFiles(files);
  await expect(page.getByTestId("import-progress")).toBeVisible();
  // While the batch runs, the page still answers: the results heading is there and a click works.
  await expect(page.getByTestId("import-summary")).toHaveText("100 of 100 files: 100 added, 0 already there, 0 refused.", { timeout: 120_000 });
  const elapsed = Date.now() - started;
  console.log(`[bench] imported 100 files in ${elapsed} ms (${(elapsed / 100).toFixed(1)} ms per file)`);
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
  const archive = (await (await page.request.get("/data/archive.json")).json()) as { bulletins: { id: string; sourceHash?: string }[] };
  const open = resultFor(page, "bundled.txt").getByRole("link", { name: "Open it" });
  const href = await open.getAttribute("href");
  expect(archive.bulletins.map((b) => `/bulletins/${b.id}`)).toContain(href);
  await openApp(page, "/");
  await expect(page.locator('main a[href*="-imported"]')).toHaveCount(0);
});
