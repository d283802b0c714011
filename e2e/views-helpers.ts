/** Shared steps for the archive views' browser tests: the views' own data files, axe, downloads. */
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import type { NumberRow, NumbersViewData, PeopleViewData, PersonRow, PlacesViewData, QuoteRow, QuotesViewData } from "../src/views/model.ts";
import { joinPieces, type PieceRef, type RowsPiece } from "../src/views/pieces.ts";

async function json<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.ok(), path).toBe(true);
  return (await res.json()) as T;
}

/** A view's whole data, as its head and pieces make it (Places: its one file). */
export async function viewData<T extends PeopleViewData | QuotesViewData | NumbersViewData | PlacesViewData>(page: Page, name: string): Promise<T> {
  if (name === "places") return json<T>(page, "/data/views/places.json");
  const head = await json<{ version: number; pieces: PieceRef[] }>(page, `/data/views/${name}-head.json`);
  const pieces = await Promise.all(head.pieces.map((p) => json<{ rows: unknown[] }>(page, `/${p.file}`)));
  if (name === "people") return { version: head.version, people: pieces.flatMap((p) => p.rows as PersonRow[]) } as T;
  const joined = joinPieces(pieces as Array<RowsPiece<QuoteRow | NumberRow>>);
  return { version: head.version, articles: joined.articles, places: joined.places, [name]: joined.rows } as unknown as T;
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Clicks an Export button and returns the file's name and text. */
export async function exported(page: Page, button: "Export CSV" | "Export JSON"): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
}

/** The count line a view shows above its rows ("3 of 22 numbers"). */
export const countLine = (page: Page) => page.getByRole("main").getByRole("status").first();

/** The main navigation's link to a view. */
export const navLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });
