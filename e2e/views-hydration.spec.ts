/**
 * The views' prerendered pages are hydrated, not repainted, filtered
 * addresses included: the page was rendered without a query string, and the
 * app's first render matches it before the filters apply.
 */
import { expect, test } from "@playwright/test";
import { viewData } from "./views-helpers.ts";
import type { QuotesViewData } from "../src/views/model.ts";

test("the views and a quote's page are hydrated, with or without filters in the address", async ({ page }) => {
  test.setTimeout(90_000);
  const quotes = await viewData<QuotesViewData>(page, "quotes");
  const q = quotes.quotes.find((r) => r.pid)!;
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { prerendered: Element | null }).prerendered = document.querySelector("#root h1");
    });
  });
  const mismatches: string[] = [];
  page.on("console", (m) => {
    if (/did not match|hydrat/i.test(m.text())) mismatches.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of ["/people", "/people?sort=name", "/quotes", `/quotes?speaker=${q.pid}`, "/numbers", "/numbers?unit=people", "/places", "/places?series=NOSUCH", `/quotes/${q.b}/${q.s}/${q.q}`]) {
    await page.goto(path);
    await expect(page.locator("html[data-app=ready]")).toBeAttached({ timeout: 20_000 });
    const kept = await page.evaluate(() => {
      const before = (window as unknown as { prerendered: Element | null }).prerendered;
      return before !== null && before.isConnected && before === document.querySelector("#root h1");
    });
    expect(kept, `${path}: the prerendered heading was replaced`).toBe(true);
  }
  expect(mismatches).toEqual([]);
});
