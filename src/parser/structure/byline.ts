// Bylines: `By Olga Shevchenko in Almaty`, several authors and cities
// (`By A in Almaty, B and C in Bishkek, and D in Dushanbe`), one author in several
// cities (`in Shymkent, Saryagash and Almaty`), no `By` (`Aigul Temirova in Bishkek`),
// no city (`By IWPR staff`), and BCR's `IWPR team reports from Skopje and London.`
import type { Author } from "../model/index.ts";

/** A byline is short; a longer run after `By` is prose (`By the end of the year…`). */
export const BYLINE_MAX_CHARS = 200;

const NAME_WORD = "[\\p{Lu}][\\p{L}’'.\\-]*";
/** `By` then a capitalised word (a name, or `IWPR`). */
export const BY_START_RE = /^By\s+(?=[\p{Lu}])/u;
/** BCR: `IWPR team reports from Skopje and London.`, `Our correspondent reports from …`. */
export const REPORTS_FROM_RE = /^(.{2,80}?)\s+reports?\s+from\s+(.+)$/;
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
  if (BY_START_RE.test(t)) return !/[.?!]\s+\p{Lu}/u.test(t.slice(3));
  if (REPORTS_FROM_RE.test(t) && /^(?:IWPR|Our|An? IWPR)\b/.test(t)) return true;
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

/** The authors and their cities. A city list after the last author belongs to the last group. */
export function parseByline(byline: string): Author[] {
  let t = tidy(byline).replace(BY_START_RE, "");
  if (t === "") return [];
  const rf = REPORTS_FROM_RE.exec(t);
  if (rf) return [{ name: tidy(rf[1] as string), location: tidy(rf[2] as string) || null }];
  t = t.replace(/^By\s+/i, "");
  const parts = t.split(IN_RE);
  if (parts.length === 1) return names(t).map((name) => ({ name, location: null }));
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
    for (const name of pendingNames) authors.push({ name, location: loc });
    pendingNames = nextNames;
  }
  for (const name of pendingNames) authors.push({ name, location: null });
  return authors;
}
