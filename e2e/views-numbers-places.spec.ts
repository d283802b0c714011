/**
 * The Numbers and Places views: their chart and map, filters through the URL
 * and the controls, following a point or a mark, export. Expectations come
 * from the built view files.
 */
import { expect as baseExpect, test } from "@playwright/test";
import { openApp } from "./app.ts";
import { countLine, exported, navLink, seriousViolations, viewData } from "./views-helpers.ts";
import type { NumbersViewData, PlacesViewData } from "../src/views/model.ts";
import { unitKindLabel } from "../src/views/unit-kind.ts";

test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** The most common kind of number in the archive. */
function commonKind(data: NumbersViewData): string {
  const counts = new Map<string, number>();
  for (const n of data.numbers) counts.set(n.k, (counts.get(n.k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

test("Numbers: a kind chosen draws the chart; a point leads to its paragraph; words narrow it; Back steps back", async ({ page }) => {
  const data = await viewData<NumbersViewData>(page, "numbers");
  const kind = commonKind(data);
  const ofKind = data.numbers.filter((n) => n.k === kind);
  await openApp(page, "/");
  await navLink(page, "Numbers").click();
  await expect(page).toHaveURL(/\/numbers$/);
  await expect(page.locator("svg[data-chart=numbers]")).toHaveCount(0);

  await page.getByLabel("Kind of number").selectOption(kind);
  await expect(page).toHaveURL(new RegExp(`unit=${kind}`));
  await expect(countLine(page)).toHaveText(`${ofKind.length} of ${data.numbers.length} numbers`);
  const points = page.locator("svg[data-chart=numbers] a");
  await expect(points).toHaveCount(ofKind.filter((n) => data.articles[n.a]!.d).length);

  // Words of one number's sentence, typed.
  const target = ofKind[0]!;
  const word = target.sentence.match(/\p{L}{6,}/u)![0];
  const withWord = ofKind.filter((n) => n.sentence.toLowerCase().includes(word.toLowerCase()));
  await page.getByLabel("Words in the sentence").fill(word);
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await expect(countLine(page)).toHaveText(`${withWord.length} of ${data.numbers.length} numbers`);
  await expect(page.getByRole("list", { name: "Numbers" }).getByRole("listitem").first()).toContainText(withWord[0]!.sentence.slice(0, 40));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`unit=${kind}$`));
  await expect(countLine(page)).toHaveText(`${ofKind.length} of ${data.numbers.length} numbers`);

  const href = await points.first().getAttribute("href");
  expect(href).toMatch(/^\/bulletins\/[a-z0-9-]+\/articles\/[a-z0-9-]+#p\d+$/);
  await points.first().click();
  await expect(page).toHaveURL(href!);
  await expect(page.locator(`[id="${href!.split("#")[1]}"]`)).toBeVisible();
});

test("Numbers: the article's Statistics panel opens the view filtered to a figure's kind; export", async ({ page, baseURL }) => {
  const data = await viewData<NumbersViewData>(page, "numbers");
  const n = data.numbers[0]!;
  const sameKind = data.numbers.filter((x) => x.k === n.k);
  await openApp(page, `/bulletins/${n.b}/articles/${n.s}`);
  const panel = page.getByRole("complementary", { name: "Statistics" });
  await panel.getByRole("link", { name: `Every “${unitKindLabel(n.k)}” figure in the archive` }).click();
  await expect(page).toHaveURL(new RegExp(`/numbers\\?unit=${encodeURIComponent(n.k)}$`));
  await expect(page.getByLabel("Kind of number")).toHaveValue(n.k);
  await expect(countLine(page)).toHaveText(`${sameKind.length} of ${data.numbers.length} numbers`);

  const csv = await exported(page, "Export CSV");
  const lines = csv.text.trim().split("\r\n");
  expect(lines[0]).toBe("value,unit,kind,as_written,sentence,date,places,headline,series,permalink");
  expect(lines).toHaveLength(sameKind.length + 1);
  expect(lines[1]).toMatch(new RegExp(`${baseURL}/bulletins/[a-z0-9-]+/articles/[a-z0-9-]+#p\\d+$`));
});

test("Places: the map's marks lead to places; series and years filter the map and the list", async ({ page }) => {
  const data = await viewData<PlacesViewData>(page, "places");
  await openApp(page, "/");
  await navLink(page, "Places").click();
  await expect(page).toHaveURL(/\/places$/);
  const marks = page.locator("svg[data-map=places] a");
  await expect(countLine(page)).toHaveText(`${data.places.filter((p) => p.mentions > 0).length} places`);
  expect(await marks.count()).toBeGreaterThan(0);

  // The most mentioned place is in the list under its country, and its mark leads to its page.
  const top = [...data.places].sort((a, b) => b.mentions - a.mentions).find((p) => p.lat !== null && p.kind !== "country")!;
  await expect(page.getByRole("region", { name: "By country" }).getByRole("link", { name: top.name, exact: true })).toBeVisible();
  // Smaller marks lie on top of bigger ones (nearby towns on a city): a big mark is clicked at its edge.
  const mark = page.locator(`svg[data-map=places] a[data-mark="${top.id}"]`);
  const box = (await mark.boundingBox())!;
  await mark.click({ position: { x: 1.5, y: box.height / 2 } });
  await expect(page).toHaveURL(`/places/${top.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(top.name);

  // Through the URL: a series no bulletin has empties the view; a year of the archive keeps its places.
  await openApp(page, "/places?series=NOSUCH");
  await expect(countLine(page)).toHaveText(`0 of ${data.places.length} places`);
  await expect(marks).toHaveCount(0);
  const year = data.places.flatMap((p) => p.act.map((a) => a[0])).find((y) => y !== null)!;
  await openApp(page, "/places");
  await page.getByLabel("From").selectOption(String(year));
  await expect(page).toHaveURL(new RegExp(`from=${year}`));
  const inYear = data.places.filter((p) => p.act.some(([y, , c]) => y !== null && y >= year && c > 0));
  await expect(countLine(page)).toHaveText(inYear.length === data.places.length ? `${inYear.length} places` : `${inYear.length} of ${data.places.length} places`);
  const json = JSON.parse((await exported(page, "Export JSON")).text) as Array<{ name: string; permalink: string }>;
  expect(json).toHaveLength(inYear.length);
  expect(json[0]!.permalink).toMatch(/\/places\/[a-z0-9-]+$/);
});

for (const scheme of ["light", "dark"] as const) {
  test(`Numbers and Places: axe finds no serious violation (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const data = await viewData<NumbersViewData>(page, "numbers");
    for (const path of [`/numbers?unit=${commonKind(data)}`, "/places"]) {
      await openApp(page, path);
      await expect(countLine(page)).toBeVisible();
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}
