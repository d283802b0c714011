/**
 * The People and Quotes views, and a quote's own page. Expectations come from
 * the built view files, so the tests hold for whatever bulletins were built.
 */
import { expect as baseExpect, test } from "@playwright/test";
import { openApp, reloadApp } from "./app.ts";
import { countLine, exported, navLink, seriousViolations, viewData } from "./views-helpers.ts";
import type { PeopleViewData, QuotesViewData } from "../src/views/model.ts";

test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test("People: most quoted first; sort and a role word through the controls and the URL; Back steps back", async ({ page }) => {
  const data = await viewData<PeopleViewData>(page, "people");
  const most = Math.max(...data.people.map((p) => p.quotes));
  await openApp(page, "/");
  await navLink(page, "People").click();
  await expect(page).toHaveURL(/\/people$/);
  const list = page.getByRole("list", { name: "People" });
  await expect(list.getByRole("listitem").first()).toContainText(`${most} quotes`);

  await page.getByLabel("Sort by").selectOption("name");
  await expect(page).toHaveURL(/\?sort=name$/);
  const first = [...data.people].sort((a, b) => a.name.localeCompare(b.name))[0]!;
  await expect(list.getByRole("heading").first()).toHaveText(first.name);

  const withRole = data.people.find((p) => p.roles.some((r) => /\p{L}{5,}/u.test(r)))!;
  const word = withRole.roles.join(" ").match(/\p{L}{5,}/u)![0];
  await page.getByLabel("Role word").fill(word.toUpperCase());
  await page.getByLabel("Role word").press("Enter");
  await expect(page).toHaveURL(new RegExp(`role=${word.toUpperCase()}`));
  const matching = data.people.filter((p) => p.roles.some((r) => r.toLowerCase().includes(word.toLowerCase())));
  await expect(countLine(page)).toHaveText(`${matching.length} of ${data.people.length} people`);
  await expect(list.getByRole("listitem")).toHaveCount(matching.length);

  // The URL alone gives the same view, after a reload too.
  await reloadApp(page);
  await expect(countLine(page)).toHaveText(`${matching.length} of ${data.people.length} people`);
  await expect(page.getByLabel("Role word")).toHaveValue(word.toUpperCase());

  await page.goBack();
  await expect(page).toHaveURL(/\?sort=name$/);
  await expect(countLine(page)).toHaveText(`${data.people.length} people`);
  await page.goBack();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByLabel("Sort by")).toHaveValue("quotes");
});

test("People: export gives the rows shown, each with its permalink; a person's timeline leads to a quote", async ({ page, baseURL }) => {
  const data = await viewData<PeopleViewData>(page, "people");
  await openApp(page, "/people?sort=latest");
  const csv = await exported(page, "Export CSV");
  expect(csv.name).toBe("people.csv");
  expect(csv.text.startsWith("\uFEFF"), "a BOM, so spreadsheets read it as UTF-8").toBe(true);
  const lines = csv.text.trim().split("\r\n");
  expect(lines[0]).toBe("name,roles,quotes,articles,first,last,also_spelled,permalink");
  expect(lines).toHaveLength(data.people.length + 1);
  expect(lines[1]).toContain(`${baseURL}/people/`);

  const quoted = [...data.people].sort((a, b) => b.quotes - a.quotes)[0]!;
  await openApp(page, `/people/${quoted.id}`);
  const marks = page.locator("svg[data-timeline=quotes] a");
  await expect(marks).toHaveCount(quoted.quotes);
  const href = await marks.first().getAttribute("href");
  expect(href).toMatch(/^\/quotes\/[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/);
  await marks.first().click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: quoted.name })).toBeVisible();
});

test("Quotes: speaker, place and words filter through the URL and the controls; most quoted; export", async ({ page, baseURL }) => {
  const data = await viewData<QuotesViewData>(page, "quotes");
  const counts = new Map<string, number>();
  for (const q of data.quotes) if (q.pid) counts.set(q.pid, (counts.get(q.pid) ?? 0) + 1);
  const [pid, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const speaker = data.quotes.find((q) => q.pid === pid)!.speaker;

  await openApp(page, `/quotes?speaker=${pid}`);
  await expect(countLine(page)).toHaveText(`${n} of ${data.quotes.length} quotes`);
  const rows = page.getByRole("list", { name: "Quotes" }).getByRole("listitem");
  await expect(rows).toHaveCount(n);
  for (const caption of await rows.locator("figcaption").allTextContents()) expect(caption).toContain(speaker);

  // "Most quoted here" toggles the same filter; Back undoes it.
  await openApp(page, "/quotes");
  await page.getByRole("region", { name: "Most quoted here" }).getByRole("button").first().click();
  await expect(page).toHaveURL(new RegExp(`speaker=${pid}`));
  await expect(countLine(page)).toHaveText(`${n} of ${data.quotes.length} quotes`);
  await page.goBack();
  await expect(countLine(page)).toHaveText(`${data.quotes.length} quotes`);

  // A place that is not a country, chosen from the list.
  const placeIndex = data.places.findIndex((p, i) => p.kind !== "country" && data.quotes.some((q) => q.pl.includes(i)));
  const place = data.places[placeIndex]!;
  const inPlace = data.quotes.filter((q) => q.pl.includes(placeIndex)).length;
  await page.getByLabel("Place mentioned").selectOption(place.id);
  await expect(page).toHaveURL(new RegExp(`place=${place.id}`));
  await expect(countLine(page)).toHaveText(`${inPlace} of ${data.quotes.length} quotes`);

  const json = await exported(page, "Export JSON");
  const exportedRows = JSON.parse(json.text) as Array<{ quote: string; permalink: string }>;
  expect(exportedRows).toHaveLength(inPlace);
  expect(exportedRows[0]!.permalink).toMatch(new RegExp(`^${baseURL}/quotes/[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+$`));

  // Words, typed: one history step for the whole word.
  await page.getByLabel("Words").fill("zzzzqqq");
  await expect(page).toHaveURL(/q=zzzzqqq/);
  await expect(page.getByText("No quote matches these filters.")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`place=${place.id}$`));
});

test("a quote's permalink page is prerendered with the quote and its speaker as its preview", async ({ page, request }) => {
  const data = await viewData<QuotesViewData>(page, "quotes");
  const q = data.quotes.find((r) => r.pid)!;
  await openApp(page, "/quotes");
  const link = page.getByRole("list", { name: "Quotes" }).getByRole("link", { name: q.text.slice(0, 30) }).first();
  const href = await link.getAttribute("href");
  await link.click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(q.text.slice(0, 30));

  const html = await (await request.get(`/quotes/${q.b}/${q.s}/${q.q}`)).text();
  const meta = (property: string) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1] ?? "";
  expect(meta("og:title")).toContain(q.speaker);
  expect(meta("og:description")).toContain(q.text.slice(0, 30).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
  // The build's SITE_URL, not the test server's origin.
  expect(meta("og:url")).toMatch(new RegExp(`^https?://[^/]+/quotes/${q.b}/${q.s}/${q.q}$`));
  // Readers without JavaScript get the quote too.
  expect(html).toContain("The paragraph");
});

for (const scheme of ["light", "dark"] as const) {
  test(`People, Quotes and a quote page: axe finds no serious violation (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/people", "/quotes"]) {
      await openApp(page, path);
      await expect(countLine(page)).toBeVisible();
      expect(await seriousViolations(page), path).toEqual([]);
    }
    const href = await page.getByRole("list", { name: "Quotes" }).getByRole("link").first().getAttribute("href");
    await openApp(page, href!);
    expect(await seriousViolations(page), href!).toEqual([]);
  });
}

test("Quotes opens on its first screen's data alone; its pieces come when the reader scrolls or reaches for a filter", async ({ page }) => {
  const data = await viewData<QuotesViewData>(page, "quotes");
  test.skip(data.quotes.length <= 25, "the archive's quotes fit on the first screen");
  const asked: string[] = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await openApp(page, "/quotes");
  const rows = page.getByRole("list", { name: "Quotes" }).getByRole("listitem");
  await expect(rows).toHaveCount(25);
  await expect(countLine(page)).toHaveText(`${data.quotes.length} quotes`);
  await page.waitForTimeout(500);
  expect(asked).toContain("/data/views/quotes-head.json");
  expect(asked.filter((p) => p.startsWith("/data/h/"))).toEqual([]);

  await page.getByRole("button", { name: "Show more quotes" }).scrollIntoViewIfNeeded();
  await expect(rows).toHaveCount(data.quotes.length);
  expect(asked.some((p) => /^\/data\/h\/quotes-[0-9a-f]{12}\.json$/.test(p))).toBe(true);

  // Reaching for a filter reads the first piece too.
  asked.length = 0;
  await openApp(page, "/people");
  await page.getByLabel("Sort by").focus();
  await expect.poll(() => asked.some((p) => /^\/data\/h\/people-[0-9a-f]{12}\.json$/.test(p))).toBe(true);
});
