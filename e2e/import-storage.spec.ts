/**
 * Imports and the browser's storage: two tabs see each other's imports and
 * removals without a reload; a full storage keeps new imports for the visit,
 * says so, and loses nothing saved before.
 */
import { expect, test } from "@playwright/test";
import { openApp, reloadApp } from "./app.ts";
import { fixture, importThroughPicker, resultFor } from "./import-helpers.ts";

test.use({ serviceWorkers: "block" });

test("two tabs see each other's imports and removals without a reload", async ({ context }) => {
  test.setTimeout(90_000);
  const [a, b] = [await context.newPage(), await context.newPage()];
  await openApp(b, "/");
  await expect(b.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  const inB = b.getByRole("link", { name: /Highland Schools Close for Winter/i });
  await expect(inB).toHaveCount(0);

  await importThroughPicker(a, [fixture("crs-412.txt")]);
  await expect(resultFor(a, "crs-412.txt")).toHaveAttribute("data-status", "added");
  await expect(inB).toBeVisible({ timeout: 10_000 });

  // B opens the import page (a navigation inside the app, not a reload) and removes it there.
  await openApp(b, "/import");
  await expect(b.getByTestId("imported-list").locator("li")).toHaveCount(1);
  await openApp(a, "/");
  await expect(a.getByRole("link", { name: /Highland Schools Close for Winter/i })).toBeVisible();
  await b.getByRole("button", { name: "Remove crs-412" }).click();
  await b.getByRole("button", { name: "Yes, remove" }).click();
  await expect(b.getByTestId("imported-list").locator("li")).toHaveCount(0);
  await expect(a.getByRole("link", { name: /Highland Schools Close for Winter/i })).toHaveCount(0, { timeout: 10_000 });
});

test("when the browser's storage is full, new imports are kept for the visit, marked, and earlier ones stay", async ({ context, page }) => {
  test.setTimeout(90_000);
  await importThroughPicker(page, [fixture("crs-412.txt")]);
  await expect(resultFor(page, "crs-412.txt")).toHaveAttribute("data-status", "added");

  // From now on, IndexedDB refuses every write as a full disk does.
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const full = await context.newPage();
  await importThroughPicker(full, [fixture("rca-233.txt")]);
  const result = resultFor(full, "rca-233.txt");
  await expect(result).toHaveAttribute("data-status", "added");
  await expect(result.getByTestId("not-saved")).toContainText("storage for this site is full");
  await expect(full.getByTestId("storage-problem")).toBeVisible();
  const list = full.getByTestId("imported-list");
  await expect(list.locator("li")).toHaveCount(2);
  await expect(list.locator('li[data-import-id="rca-233"]')).toContainText("not saved");
  await expect(list.locator('li[data-import-id="crs-412"]')).not.toContainText("not saved");
  // It reads like any bulletin for the rest of the visit.
  await result.getByRole("link").click();
  await expect(full.getByRole("link", { name: /Bazaar Traders Protest New Tax/i })).toBeVisible();

  // After a reload the kept-for-the-visit import is gone, as promised; the saved one is still there.
  await openApp(full, "/import");
  await reloadApp(full);
  await expect(full.getByTestId("imported-list").locator("li")).toHaveCount(1);
  await expect(full.getByTestId("imported-list").locator('li[data-import-id="crs-412"]')).toBeVisible();
});
