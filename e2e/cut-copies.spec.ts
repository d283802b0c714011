// Real archives hold cut and squashed copies: a mail that stops after the
// contents, a 2002 copy with no blank line anywhere. Opened in the app, each
// shows what it holds and says plainly what it lacks.
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { fixture, importThroughPicker, resultFor } from "./import-helpers.ts";

test.use({ serviceWorkers: "block" });

test("a copy cut after its contents lists its articles' headlines, summaries and bylines, and says their text is not in it", async ({ page }) => {
  await importThroughPicker(page, [fixture("crs-contents-only.txt")]);
  await expect(resultFor(page, "crs-contents-only.txt")).toHaveAttribute("data-status", "added");
  await resultFor(page, "crs-contents-only.txt").getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Caucasus Reporting Service No. 733");
  const contents = page.getByRole("list", { name: "Contents" });
  const entries = contents.getByTestId("contents-entry-missing");
  await expect(entries).toHaveCount(3);
  await expect(entries.first().getByRole("heading", { level: 3 })).toHaveText("Orchard Towns Count Frost Damage");
  await expect(entries.first()).toContainText("Growers in the valley fear a second lost harvest");
  await expect(entries.first()).toContainText("Tamar Beridze in Gori");
  await expect(entries.first()).toContainText("Text not in this copy");
  // Nothing to follow: no link pretends an article is there.
  await expect(contents.getByRole("link")).toHaveCount(0);
  await expect(page.getByTestId("missing-text").first()).toContainText("not in");

  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("a 2002 copy with no blank lines at all opens with its contents and its articles' paragraphs", async ({ page }) => {
  await importThroughPicker(page, [fixture("bcr-2002-no-blank-lines.txt")]);
  await expect(resultFor(page, "bcr-2002-no-blank-lines.txt")).toHaveAttribute("data-status", "added");
  await resultFor(page, "bcr-2002-no-blank-lines.txt").getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Balkan Crisis Report No. 318");
  const contents = page.getByRole("list", { name: "Contents" });
  await expect(contents.getByRole("link")).toHaveCount(2);
  await contents.getByRole("link", { name: /Bakers Raise Bread Prices/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bakers Raise Bread Prices");
  // Each one-line paragraph is a paragraph of its own, not one run of text.
  await expect(page.locator("main p").filter({ hasText: "put up the price of a loaf" })).toHaveCount(1);
  await expect(page.locator("main p").filter({ hasText: "Local officials said they would meet" })).toHaveCount(1);
});
