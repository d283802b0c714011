/**
 * Search in the built app. Queries are derived from the built search index,
 * not written in here, so the tests hold for whatever bulletins were built.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { openApp } from "./app.ts";
import { loadRecords } from "./search-index.ts";

async function loadIndex(page: Page) {
  return { records: await loadRecords(page.request) };
}

/** The quote's longest word: distinctive enough to find it. */
function distinctiveWord(text: string): string {
  return [...text.matchAll(/\p{L}{5,}/gu)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? text;
}

const searchbox = (page: Page) => page.getByRole("banner").getByRole("searchbox", { name: "Search" });

/** The machine is shared: a search includes loading the index on first use. */
test.use({ actionTimeout: 15_000 });
// `configure` returns a new expect; calling it alone left every assertion at the 5 s default.
const expect = baseExpect.configure({ timeout: 15_000 });

/** The full search box has replaced the plain form the page starts with. */
async function searchReady(page: Page) {
  await expect(searchbox(page)).toHaveAttribute("autocomplete", "off");
}

test("typing shows grouped results with the match highlighted; Enter opens the chosen one", async ({ page }) => {
  await openApp(page, "/");
  const index = await loadIndex(page);
  const person = index.records.person.find((p) => p.name.includes(" ") && p.quoteCount > 0) ?? index.records.person[0]!;
  const surname = person.name.split(" ").at(-1)!;
  // `/` focuses the plain form the page starts with; that loads the full box, which keeps the focus.
  await page.keyboard.press("/");
  await searchReady(page);
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.type(surname);
  const people = page.getByRole("group", { name: "People" });
  await expect(people.getByRole("option").first()).toContainText(person.name);
  await expect(people.getByRole("option").first().locator("mark").first()).toHaveText(surname);
  await page.keyboard.press("ArrowDown");
  await expect(people.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(person.href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "$"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);
});

test("a misspelt name still finds the person; Escape closes the list", async ({ page }) => {
  await openApp(page, "/");
  const index = await loadIndex(page);
  const person = index.records.person.find((p) => p.name.split(" ").at(-1)!.length >= 7)!;
  const surname = person.name.split(" ").at(-1)!;
  const typo = surname.slice(0, 3) + surname.slice(4); // one letter dropped
  await searchbox(page).fill(typo);
  await expect(page.getByRole("group", { name: "People" }).getByRole("option").first()).toContainText(person.name);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox", { name: "Search results" })).toHaveCount(0);
});

test("an unmatched query says so kindly", async ({ page }) => {
  await openApp(page, "/");
  await searchbox(page).fill("qqxqzzv");
  await expect(page.getByText(/Nothing matches “qqxqzzv”/)).toBeVisible();
});

test("what is typed while the search box is still loading is kept, with the focus", async ({ page }) => {
  // Holds back the search box's code, as a slow connection does, so the reader types into the plain form.
  await page.route(/\/SearchBox-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await openApp(page, "/");
  const index = await loadIndex(page);
  const quote = index.records.quote.find((q) => q.text.length > 60)!;
  const word = distinctiveWord(quote.text);
  await searchbox(page).fill(word);
  await searchReady(page);
  await expect(searchbox(page)).toHaveValue(word);
  await expect(searchbox(page)).toBeFocused();
  await expect(page.getByRole("group", { name: "Quotes" }).getByRole("option").first()).toContainText(quote.text.slice(1, 30));
});

test("choosing a quote opens its article at the quote; n and p step through the hits", async ({ page }) => {
  await openApp(page, "/");
  const index = await loadIndex(page);
  const quote = index.records.quote.find((q) => q.text.length > 60)!;
  const word = distinctiveWord(quote.text);
  await searchbox(page).fill(word);
  const option = page.getByRole("group", { name: "Quotes" }).getByRole("option").filter({ hasText: quote.text.slice(1, 30) }).first();
  await option.click();
  const anchor = quote.href.split("#")[1]!;
  await expect(page).toHaveURL(new RegExp(`\\?q=.*#${anchor}$`));
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();

  const hits = page.getByRole("region", { name: "Search hits" });
  await expect(hits).toContainText(/\d+ hits? for/);
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.keyboard.press("n");
  await expect(hits).toContainText(/Hit 1 of \d+/);
  const total = Number((await hits.textContent())!.match(/of (\d+)/)![1]);
  await page.keyboard.press("n");
  await expect(hits).toContainText(total > 1 ? /Hit 2 of/ : /Hit 1 of/);
  await page.keyboard.press("p");
  await expect(hits).toContainText(/Hit 1 of/);
  await hits.getByRole("button", { name: "Previous hit" }).click();
  await expect(hits).toContainText(new RegExp(`Hit ${total} of`));
});

test("the results page keeps the query in the URL and the back button works", async ({ page }) => {
  await openApp(page, "/");
  const index = await loadIndex(page);
  const [a, b] = index.records.person.filter((p) => p.name.includes(" "));
  await openApp(page, `/search?q=${encodeURIComponent(a!.name)}`);
  await expect(page.getByRole("region", { name: "People" }).getByRole("link").first()).toContainText(a!.name);
  await page.getByRole("searchbox", { name: "Search the archive" }).fill(b!.name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("region", { name: "People" }).getByRole("link").first()).toContainText(b!.name);
  await page.goBack();
  await expect(page.getByRole("region", { name: "People" }).getByRole("link").first()).toContainText(a!.name);
});

test("a person page lists every quote with a deep link", async ({ page }) => {
  await openApp(page, "/");
  const index = await loadIndex(page);
  const person = index.records.person.find((p) => p.quoteCount > 0)!;
  await openApp(page, person.href);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);
  const quotes = page.getByRole("region", { name: /Quotes/ }).getByRole("link");
  await expect(quotes).toHaveCount(person.quoteCount);
  await expect(quotes.first()).toHaveAttribute("href", /\/bulletins\/.+\/articles\/.+#.+/);
});

test("a place page shows its names and an offline locator map", async ({ page }) => {
  await openApp(page, "/");
  const index = await loadIndex(page);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  let shown = false;
  for (const place of index.records.place) {
    const data = await (await page.request.get(`/data/places/${place.id}.json`)).json();
    if (!data.place?.map) continue;
    await openApp(page, place.href);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(place.name);
    const label = `Map showing ${data.place.name}${data.place.countryName ? ` in ${data.place.countryName}` : ""}`;
    await expect(page.getByRole("img", { name: label })).toBeVisible();
    shown = true;
    break;
  }
  expect(shown).toBe(true);
  expect(requests.filter((u) => !u.startsWith("http://localhost"))).toEqual([]);
});

test("the search page passes axe", async ({ page }) => {
  await openApp(page, "/");
  const index = await loadIndex(page);
  await openApp(page, `/search?q=${encodeURIComponent(index.records.person[0]!.name)}`);
  await expect(page.getByRole("status").filter({ hasText: "results for" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
});
