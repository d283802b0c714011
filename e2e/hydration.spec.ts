import { archiveIndex } from "./app.ts";
/**
 * The app takes over the prerendered pages without painting them again: the
 * elements the reader already sees stay the same elements (React hydrates
 * them), and nothing is reported as not matching. Routes come from the built
 * data, not from names written here.
 */
import { expect, test, type Page } from "@playwright/test";
import { loadRecords } from "./search-index.ts";

interface Archive {
  bulletins: Array<{ id: string; articles: Array<{ slug: string }> }>;
}

async function routes(page: Page): Promise<string[]> {
  const archive = await archiveIndex(page.request);
  const index = { records: await loadRecords(page.request) };
  const b = archive.bulletins[0]!;
  return [
    "/",
    `/bulletins/${b.id}`,
    `/bulletins/${b.id}/articles/${b.articles[0]!.slug}`,
    index.records.person[0]!.href,
    index.records.place[0]!.href,
    "/search",
    "/import",
    "/no/such/page",
  ];
}

test("every kind of page is hydrated, not repainted", async ({ page }) => {
  test.setTimeout(90_000);
  // Before any script of the page runs: remember the prerendered heading, and listen for mismatch reports.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { prerendered: Element | null }).prerendered = document.querySelector("#root h1");
    });
  });
  const mismatches: string[] = [];
  page.on("console", (m) => {
    if (/did not match|hydrat/i.test(m.text())) mismatches.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of await routes(page)) {
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
