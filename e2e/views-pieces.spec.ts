/**
 * A view of a big archive reads its rows in pieces (src/views/pieces.ts):
 * the first screen from its head, one more piece each time the reader
 * scrolls to the end, and for a filter only the pieces that could hold a
 * match. The build's archive is small (one piece per view), so these tests
 * serve a bigger Quotes view made of copies of its real rows.
 */
import { expect, test, type Page } from "@playwright/test";
import { openApp } from "./app.ts";
import { countLine, exported } from "./views-helpers.ts";
import type { QuotesHead } from "../src/views/head.ts";
import type { QuoteRow } from "../src/views/model.ts";
import type { PieceRef, RowsPiece } from "../src/views/pieces.ts";
import { VIEWS_VERSION } from "../src/views/model.ts";

// page.route cannot see requests a service worker answers from its cache.
test.use({ serviceWorkers: "block" });

/** Pieces served, newest first: each year's quotes in a piece of their own. */
const YEARS = [2011, 2010, 2009];
const PER_PIECE = 40;

interface Served {
  /** Pieces asked for, by index. */
  asked: number[];
}

/** Serves a Quotes view of YEARS.length pieces of PER_PIECE quotes each, copies of the build's first quote. */
async function serveBigQuotes(page: Page, breakPiece?: { index: number; body: string }): Promise<Served> {
  const real = (await (await page.request.get("/data/views/quotes-head.json")).json()) as QuotesHead;
  const model = real.rows[0];
  if (!model) throw new Error("the build has no quote to copy");
  const article = real.articles[model.a]!;
  const pieces: Array<RowsPiece<QuoteRow>> = YEARS.map((year) => ({
    version: VIEWS_VERSION,
    articles: [{ ...article, d: `${year}-05-01`, sr: "RCA" }],
    places: [],
    rows: Array.from({ length: PER_PIECE }, (_, i) => ({ ...model, q: `${year}-q${i}`, text: `Copy ${i} of ${year}`, a: 0, pl: [] })),
  }));
  const refs: PieceRef[] = YEARS.map((year, i) => ({ file: `data/h/quotes-test${i}.json`, rows: PER_PIECE, from: `${year}-05-01`, to: `${year}-05-01`, undated: false, series: ["RCA"] }));
  const head: QuotesHead = {
    ...real,
    total: YEARS.length * PER_PIECE,
    pieces: refs,
    articles: pieces[0]!.articles,
    places: [],
    rows: pieces[0]!.rows.slice(0, 25),
    choices: { series: ["RCA"], years: [...YEARS].reverse(), places: [] },
  };
  await page.route("**/data/views/quotes-head.json", (route) => route.fulfill({ json: head }));
  const served: Served = { asked: [] };
  await page.route("**/data/h/quotes-test*.json", async (route) => {
    const index = Number(/quotes-test(\d+)\.json/.exec(route.request().url())![1]);
    served.asked.push(index);
    if (breakPiece?.index === index) return route.fulfill({ status: 200, contentType: "application/json", body: breakPiece.body });
    await route.fulfill({ json: pieces[index] });
  });
  return served;
}

const rowsOf = (page: Page) => page.getByRole("list", { name: "Quotes" }).getByRole("listitem");

test("a big Quotes view shows its first screen from the head, then reads one piece more each time the reader scrolls to the end", async ({ page }) => {
  const served = await serveBigQuotes(page);
  await openApp(page, "/quotes");
  await expect(rowsOf(page)).toHaveCount(25);
  await expect(countLine(page)).toHaveText(`${YEARS.length * PER_PIECE} quotes`);
  await page.waitForTimeout(300);
  expect(served.asked).toEqual([]);

  await page.getByRole("button", { name: "Show more quotes" }).scrollIntoViewIfNeeded();
  await expect(rowsOf(page)).toHaveCount(PER_PIECE);
  expect(served.asked).toEqual([0]);
  await expect(page.getByText(`${PER_PIECE} of ${YEARS.length * PER_PIECE} shown`)).toBeVisible();

  await page.getByRole("button", { name: "Show more quotes" }).scrollIntoViewIfNeeded();
  await expect(rowsOf(page)).toHaveCount(2 * PER_PIECE);
  expect(served.asked).toEqual([0, 1]);
  await expect(rowsOf(page).last()).toContainText(`Copy ${PER_PIECE - 1} of ${YEARS[1]}`);

  await page.getByRole("button", { name: "Show more quotes" }).scrollIntoViewIfNeeded();
  await expect(rowsOf(page)).toHaveCount(3 * PER_PIECE);
  await expect(page.getByRole("button", { name: "Show more quotes" })).toHaveCount(0);
  expect(served.asked).toEqual([0, 1, 2]);
});

test("a year filter reads only the piece of that year; export of the unfiltered view reads every piece", async ({ page }) => {
  const served = await serveBigQuotes(page);
  await openApp(page, `/quotes?from=${YEARS[1]}&to=${YEARS[1]}`);
  await expect(countLine(page)).toHaveText(`${PER_PIECE} of ${YEARS.length * PER_PIECE} quotes`);
  await expect(rowsOf(page).first()).toContainText(`of ${YEARS[1]}`);
  expect(served.asked).toEqual([1]);

  served.asked.length = 0;
  await openApp(page, "/quotes");
  const { text } = await exported(page, "Export CSV");
  expect(text.trim().split("\n")).toHaveLength(YEARS.length * PER_PIECE + 1);
  expect([...served.asked].sort()).toEqual([0, 1, 2]);
});

test("a piece that is broken or of another version says so where the rows stop", async ({ page }) => {
  await serveBigQuotes(page, { index: 0, body: JSON.stringify({ version: 999, articles: [], places: [], rows: [] }) });
  await openApp(page, "/quotes");
  await page.getByRole("button", { name: "Show more quotes" }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("alert")).toContainText(/version 999/);
  await expect(rowsOf(page)).toHaveCount(25);
});

test("a piece whose rows are not quotes is refused with the place it went wrong", async ({ page }) => {
  await serveBigQuotes(page, { index: 0, body: JSON.stringify({ version: VIEWS_VERSION, articles: [], places: [], rows: [{ text: 42 }] }) });
  await openApp(page, "/quotes");
  await page.getByRole("button", { name: "Show more quotes" }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("alert")).toContainText(/rows\.0/);
});
