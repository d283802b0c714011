/**
 * The README's two questions, answered as it tells a new reader to, through
 * the views' controls alone: who is quoted most about Kyrgyzstan in 2009 and
 * what they said, and how the reported unemployment figures moved over the
 * year.
 *
 * On an archive of its own, built here from made-up bulletins
 * (e2e/fixtures/views-questions/) whose answers are known: in it, the person
 * most quoted about Kyrgyzstan overall spoke in 2008, and the person most
 * quoted in 2009 spoke about Kazakhstan, so each filter the README names has
 * to do its part; an inflation rate and a 2008 unemployment rate stand beside
 * the three 2009 unemployment rates.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { serveFolder, type FolderServer } from "./serve-folder.ts";
import { countLine, navLink } from "./views-helpers.ts";

test.use({ serviceWorkers: "block" });
test.describe.configure({ mode: "serial", timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const ROOT = path.resolve(import.meta.dirname, "..");
const FIXTURES = path.join(ROOT, "e2e/fixtures/views-questions");

let work = "";
let server: FolderServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(path.join(tmpdir(), "views-questions-e2e-"));
  const outDir = path.join(work, "dist");
  // Caches of its own, so this build neither reads nor disturbs the suite's.
  const built = spawnSync("npx", ["vite", "build", "--outDir", outDir, "--emptyOutDir"], {
    cwd: ROOT,
    env: {
      ...process.env,
      BULLETINS_DIR: FIXTURES,
      BULLETINS_CACHE_DIR: path.join(work, "parse-cache"),
      PAGES_CACHE_DIR: path.join(work, "pages-cache"),
      OUTPUT_CACHE_DIR: path.join(work, "output-cache"),
    },
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`the fixture archive's build failed:\n${built.stdout}\n${built.stderr}`);
  server = await serveFolder(outDir);
});

test.afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openArchive(page: Page): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: 20_000 });
}

/** A view's select by its label, as a screen reader names it. */
const field = (page: Page, label: string) => page.getByRole("combobox", { name: label, exact: true });

/** Chooses, in a select, the option whose label starts with `start` (labels end with a count: "Percent (4)"). */
async function choose(page: Page, label: string, start: string): Promise<void> {
  const select = field(page, label);
  let chosen: string | undefined;
  await expect(async () => {
    chosen = (await select.locator("option").allTextContents()).find((t) => t.startsWith(start));
    expect(chosen, `an option "${start}…" under ${label}`).toBeDefined();
  }).toPass();
  await select.selectOption({ label: chosen! });
}

test("Who is quoted most about Kyrgyzstan in 2009, and what did they say? Quotes, a place, a year, the top speaker", async ({ page }) => {
  await openArchive(page);
  await navLink(page, "Quotes").click();
  await expect(page).toHaveURL(/\/quotes$/);
  const top = page.getByRole("region", { name: "Most quoted here" }).getByRole("button");
  // The whole archive: the builder in Almaty leads.
  await expect(top.first()).toHaveText("Serik Nurlanov (5)");

  await choose(page, "Place mentioned", "Kyrgyzstan (country)");
  // Kyrgyzstan in every year: the herder of 2008 leads.
  await expect(top.first()).toHaveText("Bakyt Osmonov (4)");
  await field(page, "From").selectOption("2009");
  await field(page, "To").selectOption("2009");
  await expect(page).toHaveURL(/[?&]place=kyrgyzstan(&|$)/);
  await expect(page).toHaveURL(/[?&]from=2009(&|$)/);
  await expect(page).toHaveURL(/[?&]to=2009(&|$)/);
  await expect(countLine(page)).toHaveText(/^6 of 15 quotes$/);
  await expect(top).toHaveText(["Aida Sultanova (3)", "Temir Jumaliev (2)", "Ulan Mamytov (1)"]);

  await top.first().click();
  await expect(countLine(page)).toHaveText(/^3 of 15 quotes$/);
  const quotes = page.getByRole("list", { name: "Quotes" }).getByRole("blockquote");
  // Newest first.
  await expect(quotes).toHaveText([
    "“Parents in Osh now ask us how to find work, not how their children are doing,”",
    /^“A teacher in Bishkek earns less than a bazaar porter,?”$/,
    /^“Our best teachers have gone to Russia from Bishkek,?”$/,
  ]);
});

test("How did the reported unemployment figures move over the year? Numbers, percent, a word, a year: the chart and its list", async ({ page }) => {
  await openArchive(page);
  await navLink(page, "Numbers").click();
  await expect(page).toHaveURL(/\/numbers$/);
  await choose(page, "Kind of number", "Percent");
  const words = page.getByRole("searchbox", { name: "Words in the sentence", exact: true });
  await words.fill("unemploy");
  await words.press("Enter");
  await field(page, "From").selectOption("2009");
  await field(page, "To").selectOption("2009");
  await expect(page).toHaveURL(/[?&]unit=percent(&|$)/);
  await expect(page).toHaveURL(/[?&]q=unemploy(&|$)/);
  await expect(page).toHaveURL(/[?&]from=2009(&|$)/);
  await expect(page).toHaveURL(/[?&]to=2009(&|$)/);

  // 2008's rate and 2009's inflation are out; the year's three rates in date order.
  await expect(countLine(page)).toHaveText(/^3 of \d+ numbers$/);
  const list = page.getByRole("list", { name: "Numbers" }).getByRole("listitem");
  await expect(list).toHaveCount(3);
  await expect(list.nth(0)).toContainText("Unemployment in Kyrgyzstan reached 9 per cent in January");
  await expect(list.nth(1)).toContainText("Unemployment in Kyrgyzstan rose to 12 per cent in May");
  await expect(list.nth(2)).toContainText("Unemployment in Kyrgyzstan fell to 10.5 per cent in October");

  // The chart: one point per rate, higher on the chart for the higher rate.
  const points = page.locator("svg[data-chart=numbers] circle");
  await expect(points).toHaveCount(3);
  const ys = await points.evaluateAll((cs) => cs.map((c) => ({ x: Number(c.getAttribute("cx")), y: Number(c.getAttribute("cy")) })));
  ys.sort((a, b) => a.x - b.x);
  // 9 % in February, 12 % in June, 10.5 % in November: up, then down (SVG y grows downwards).
  expect(ys[1]!.y).toBeLessThan(ys[2]!.y);
  expect(ys[2]!.y).toBeLessThan(ys[0]!.y);
});
