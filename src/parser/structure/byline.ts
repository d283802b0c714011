// Bylines: `By Olga Shevchenko in Almaty`, several authors and cities
// (`By A in Almaty, B and C in Bishkek, and D in Dushanbe`), one author in several
// cities (`in Shymkent, Saryagash and Almaty`), no `By` (`Aigul Temirova in Bishkek`),
// no city (`By IWPR staff`), and BCR's `IWPR team reports from Skopje and London.`
import type { Author } from "../model/index.ts";

/** A byline is short; a longer run after `By` is prose (`By the end of the year…`). */
export const BYLINE_MAX_CHARS = 200;

const NAME_WORD = "[\\p{Lu}][\\p{L}’'.\\-]*";
/** `By` then a capitalised word (a name, or `IWPR`); news-in-brief items on IWPR's site: `Compiled by IWPR staff`. */
export const BY_START_RE = /^(?:Compiled by|By)\s+(?=[\p{Lu}])/u;
/** BCR: `IWPR team reports from Skopje and London.`, `Our correspondent reports from …`. */
export const REPORTS_FROM_RE = /^(.{2,80}?)\s+reports?\s+from\s+(.+)$/;
/**
 * BCR 1999–2002: the byline is a sentence at the end of the summary, one clause per
 * reporter: `Daniel Example reports from Belgrade and Boris Sample reports from Podgorica.`
 * Each clause's reporter is a run of capitalised words (or `IWPR team`, `Our correspondent`).
 */
const REPORTS_SPLIT_RE = /\s+reports?\s+from\s+/;
const REPORTER_RE = new RegExp(`^(?:(?:IWPR|Our|An? IWPR)\\b.{0,40}|${NAME_WORD}(?:\\s+(?:${NAME_WORD}|and|de|van|von|al|el|ul|bin|ibn),?){0,6})$`, "u");
/** A place after `reports from`: capitalised words (`Skopje`, `The Hague`, `Banja Luka`). */
const PLACE_RE = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}$`, "u");
/** `Skopje and London`, `Shymkent, Saryagash and Almaty`. */
const PLACE_SPLIT_RE = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;

/** Each place of a location as written: `in Skopje and London` is two places. */
export function splitPlaces(location: string | null): string[] {
  if (location === null) return [];
  return location.split(PLACE_SPLIT_RE).map((p) => p.trim()).filter((p) => p.length > 0);
}

interface ReporterClause {
  readonly names: string;
  readonly places: string;
}

/** The clauses of a `X reports from A and Y reports from B.` byline, or null when the text is not one. */
function reporterClauses(text: string): ReporterClause[] | null {
  const parts = text.replace(/[.\s]+$/, "").split(REPORTS_SPLIT_RE);
  if (parts.length < 2) return null;
  const out: ReporterClause[] = [];
  let names = (parts[0] as string).trim();
  for (let i = 1; i < parts.length; i++) {
    let places = (parts[i] as string).trim();
    let next = "";
    if (i < parts.length - 1) {
      // `Belgrade and Boris Sample`: the next reporter's name follows the last `and`.
      const and = places.lastIndexOf(" and ");
      if (and < 0) return null;
      next = places.slice(and + 5).trim();
      places = places.slice(0, and).trim();
    }
    if (!REPORTER_RE.test(names) || !splitPlaces(places).every((p) => PLACE_RE.test(p))) return null;
    out.push({ names, places });
    names = next;
  }
  return out;
}

/** `Name Surname in City` with no `By` (TOC entries of some years). */
export const BARE_BYLINE_RE = new RegExp(
  `^${NAME_WORD}(?:\\s+(?:${NAME_WORD}|and|de|van|von|al|el|ul|bin|ibn),?)*\\s+in\\s+\\p{Lu}`,
  "u",
);
const IN_RE = /\s+in\s+/;
const NAME_SPLIT_RE = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;

/** Is this (one-line, tag removed) text a byline? */
export function isByline(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > BYLINE_MAX_CHARS) return false;
  const by = BY_START_RE.exec(t);
  if (by) return !/[.?!]\s+\p{Lu}/u.test(t.slice(by[0].length));
  if (REPORTS_FROM_RE.test(t) && /^(?:IWPR|Our|An? IWPR)\b/.test(t)) return true;
  if (REPORTS_SPLIT_RE.test(t) && !/[.?!]\s/.test(t) && reporterClauses(t) !== null) return true;
  return BARE_BYLINE_RE.test(t) && !/[.?!]\s/.test(t) && t.split(/\s+/).length <= 16;
}

function names(text: string): string[] {
  return text
    .split(NAME_SPLIT_RE)
    .map((n) => n.replace(/^and\s+/, "").trim())
    .filter((n) => n.length > 0);
}

function tidy(s: string): string {
  return s.replace(/\s+/g, " ").replace(/^[\s,;]+|[\s,;.]+$/g, "");
}

/** `location` as written (`Skopje and London`), and each of its places. */
function author(name: string, location: string | null): Author {
  return { name, location, locations: splitPlaces(location) };
}

/** The authors and their cities. A city list after the last author belongs to the last group. */
export function parseByline(byline: string): Author[] {
  let t = tidy(byline).replace(BY_START_RE, "");
  if (t === "") return [];
  const clauses = REPORTS_SPLIT_RE.test(t) ? reporterClauses(t) : null;
  if (clauses) return clauses.flatMap((c) => names(c.names).map((name) => author(name, tidy(c.places) || null)));
  const rf = REPORTS_FROM_RE.exec(t);
  if (rf) return [author(tidy(rf[1] as string), tidy(rf[2] as string) || null)];
  t = t.replace(/^By\s+/i, "");
  const parts = t.split(IN_RE);
  if (parts.length === 1) return names(t).map((name) => author(name, null));
  const authors: Author[] = [];
  let pendingNames = names(parts[0] as string);
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] as string;
    let location = part;
    let nextNames: string[] = [];
    if (i < parts.length - 1) {
      // `Almaty, B and C` — the last comma separates this group's city from the next group's names.
      const comma = part.lastIndexOf(",");
      if (comma >= 0) {
        location = part.slice(0, comma);
        nextNames = names(part.slice(comma + 1));
      } else {
        // `Almaty and B` (no comma): the names after the last `and`.
        const and = part.lastIndexOf(" and ");
        location = and >= 0 ? part.slice(0, and) : part;
        nextNames = and >= 0 ? names(part.slice(and + 5)) : [];
      }
    }
    const loc = tidy(location) || null;
    for (const name of pendingNames) authors.push(author(name, loc));
    pendingNames = nextNames;
  }
  for (const name of pendingNames) authors.push(author(name, null));
  return authors;
}
