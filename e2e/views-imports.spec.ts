/**
 * Bulletins imported in the browser join the archive views: their quotes,
 * people, numbers and places are listed beside the built ones, and their
 * series can be filtered on.
 */
import { expect as baseExpect, test } from "@playwright/test";
import { openApp } from "./app.ts";
import { fixture, importThroughPicker } from "./import-helpers.ts";
import { countLine, viewData } from "./views-helpers.ts";
import type { NumbersViewData, PeopleViewData, PlacesViewData, QuotesViewData } from "../src/views/model.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test("an imported bulletin's quotes, people, numbers and places appear in the views", async ({ page }) => {
  const quotes = await viewData<QuotesViewData>(page, "quotes");
  const people = await viewData<PeopleViewData>(page, "people");
  const numbers = await viewData<NumbersViewData>(page, "numbers");
  const places = await viewData<PlacesViewData>(page, "places");
  // The fixture is a Caucasus bulletin, of a series the built sample does not hold.
  expect(quotes.articles.some((a) => a.sr === "CRS")).toBe(false);
  await importThroughPicker(page, [fixture("crs-412.txt")]);

  await openApp(page, "/quotes?series=CRS");
  await expect(countLine(page)).toHaveText(new RegExp(`^[1-9]\\d* of ${quotes.quotes.length + 5} quotes$`));
  const first = page.getByRole("list", { name: "Quotes" }).getByRole("link").first();
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/quotes\/crs-412\//);
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("412");

  await openApp(page, "/people?series=CRS");
  await expect(countLine(page)).toHaveText(new RegExp(`^[1-9]\\d* of ${people.people.length + 5} people$`));
  await openApp(page, "/numbers?series=CRS");
  await expect(countLine(page)).toHaveText(`4 of ${numbers.numbers.length + 4} numbers`);
  await openApp(page, "/places?series=CRS");
  // The browser's parser has a compact gazetteer, so it may place fewer of the bulletin's names than the build would.
  await expect(countLine(page)).toHaveText(/^[1-9]\d* of \d+ places$/);
  const total = Number((await countLine(page).textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(places.places.length);
});
