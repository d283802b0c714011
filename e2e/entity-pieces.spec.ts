/**
 * Someone quoted hundreds of times: their page's file holds the first quotes
 * and articles, and the rest come piece by piece as the reader scrolls
 * (src/search/page-data.ts). The build's archive quotes nobody that often, so
 * the test serves a person's file with copies of their real quote, reached by
 * following a link in the app (the page's own prerendered HTML is the real one).
 */
import { expect, test, type Page } from "@playwright/test";
import { openApp } from "./app.ts";
import type { PeopleHead } from "../src/views/head.ts";
import type { PagePiece, PersonPageData } from "../src/search/page-data.ts";
import type { QuoteRef } from "../src/search/entities.ts";
import { FIRST_PAGE_ITEMS, PAGE_DATA_VERSION } from "../src/search/page-data.ts";

// page.route cannot see requests a service worker answers from its cache.
test.use({ serviceWorkers: "block" });

const PIECES = 2;
const PER_PIECE = 40;
const TOTAL = FIRST_PAGE_ITEMS + PIECES * PER_PIECE;

async function serveOftenQuoted(page: Page): Promise<{ id: string; name: string; asked: number[] }> {
  const head = (await (await page.request.get("/data/views/people-head.json")).json()) as PeopleHead;
  const first = head.rows.find((p) => p.quotes > 0);
  if (!first) throw new Error("the build quotes nobody");
  const real = (await (await page.request.get(`/data/people/${first.id}.json`)).json()) as PersonPageData;
  const model = real.person.quotes[0]!;
  const quotes: QuoteRef[] = Array.from({ length: TOTAL }, (_, i) => ({ ...model, quoteId: `${model.quoteId}-${i}`, text: `Copy number ${i}`, href: `${model.href}-${i}` }));
  const pieces: Array<PagePiece<QuoteRef>> = Array.from({ length: PIECES }, (_, k) => ({
    version: PAGE_DATA_VERSION,
    items: quotes.slice(FIRST_PAGE_ITEMS + k * PER_PIECE, FIRST_PAGE_ITEMS + (k + 1) * PER_PIECE),
  }));
  const served: PersonPageData = {
    ...real,
    person: {
      ...real.person,
      quotes: quotes.slice(0, FIRST_PAGE_ITEMS),
      quoteCount: TOTAL,
      more: { quotes: pieces.map((_, k) => `data/h/person-test${k}.json`), articles: [] },
      timeline: quotes.map((q) => [q.date ?? "2009-01-01", q.bulletinId, q.articleSlug, q.quoteId]),
    },
  };
  await page.route(`**/data/people/${first.id}.json`, (route) => route.fulfill({ json: served }));
  const asked: number[] = [];
  await page.route("**/data/h/person-test*.json", async (route) => {
    const k = Number(/person-test(\d+)\.json/.exec(route.request().url())![1]);
    asked.push(k);
    await route.fulfill({ json: pieces[k] });
  });
  return { id: first.id, name: first.name, asked };
}

test("a person quoted hundreds of times shows their first quotes, and reads the rest piece by piece as the reader scrolls", async ({ page }) => {
  const { id, name, asked } = await serveOftenQuoted(page);
  await openApp(page, "/people");
  await page.getByRole("list", { name: "People" }).getByRole("link", { name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/people/${id}$`));
  const quotes = page.locator("section[aria-labelledby=quotes] ol > li");
  await expect(page.getByRole("heading", { name: `Quotes (${TOTAL})` })).toBeVisible();
  await expect(quotes).toHaveCount(FIRST_PAGE_ITEMS);
  // Every quote is on the timeline from the start.
  await expect(page.locator("[data-timeline=quotes] a")).toHaveCount(TOTAL);
  await page.waitForTimeout(300);
  expect(asked).toEqual([]);

  await page.getByRole("button", { name: "Show more quotes" }).scrollIntoViewIfNeeded();
  await expect(quotes).toHaveCount(FIRST_PAGE_ITEMS + PER_PIECE);
  expect(asked).toEqual([0]);
  await page.getByRole("button", { name: "Show more quotes" }).scrollIntoViewIfNeeded();
  await expect(quotes).toHaveCount(TOTAL);
  await expect(quotes.last()).toContainText(`Copy number ${TOTAL - 1}`);
  await expect(page.getByRole("button", { name: "Show more quotes" })).toHaveCount(0);
  expect(asked).toEqual([0, 1]);
});

test("a person's file that is not what the page reads shows the data error every file gives", async ({ page }) => {
  const head = (await (await page.request.get("/data/views/people-head.json")).json()) as PeopleHead;
  const id = head.rows[0]!.id;
  const real = (await (await page.request.get(`/data/people/${id}.json`)).json()) as PersonPageData;
  await page.route(`**/data/people/${id}.json`, (route) => route.fulfill({ json: { ...real, person: { ...real.person, quotes: [{ text: 42 }] } } }));
  await openApp(page, `/people/${id}`);
  await expect(page.getByRole("alert")).toContainText(/not valid at person\.quotes\.0/);
});
