// Compares the parse of one real bulletin copy with the facts written by hand about it
// (bench/real/expectations.json). Pure: no disk, no parser; eval-real.ts feeds it.
//
// A field left out of an expectation was not decidable from the copy and is not scored;
// a field written as null means the copy truly says nothing there (the parser must say
// null too, not guess).

/** The hand-written facts about one copy. Only `source` is required. */
export interface Expectation {
  readonly source: string;
  readonly series?: string | null;
  readonly seriesCode?: string | null;
  readonly issue?: number | null;
  readonly part?: number | null;
  readonly date?: string | null;
  /** Contents headlines as written; null for an entry whose headline line the copy lost. */
  readonly toc?: readonly (string | null)[];
  readonly firstArticle?: { readonly authors: readonly ExpectedAuthor[] };
  /** Whether the copy holds the text of at least one article. */
  readonly articleTextPresent?: boolean;
  /** Free notes for people (what form the copy is in); never scored. */
  readonly form?: string;
}

export interface ExpectedAuthor {
  readonly name: string;
  readonly locations: readonly string[];
}

/** The part of the Bulletin JSON this comparison reads (kept loose so a schema change
 *  such as `locations` on authors is picked up without editing this file). */
export interface ParsedBulletin {
  readonly series: string | null;
  readonly seriesCode: string | null;
  readonly issue: number | null;
  readonly part: number | null;
  readonly date: string | null;
  readonly toc: readonly { readonly headlineRaw: string | null }[];
  readonly articles: readonly {
    readonly authors: readonly { readonly name: string; readonly location?: string | null; readonly locations?: readonly string[] }[];
    readonly paragraphs: readonly unknown[];
  }[];
  readonly warnings: readonly { readonly kind: string }[];
}

/** What the parse run gave: a bulletin, or the reason it gave none (a refusal or a crash). */
export type ParseOutcome = { readonly ok: true; readonly bulletin: ParsedBulletin } | { readonly ok: false; readonly problem: string };

export const FIELD_NAMES = ["series", "seriesCode", "issue", "part", "date", "toc", "firstArticle.authors", "articleTextPresent", "warned"] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface FieldResult {
  readonly field: FieldName;
  readonly right: boolean;
  readonly got: unknown;
  readonly expected: unknown;
  /** A short human note on a miss (e.g. "2/4 headlines"). */
  readonly note?: string;
}

export interface BulletinResult {
  readonly file: string;
  readonly fields: readonly FieldResult[];
  readonly right: boolean;
  /** Set when the parser refused or crashed: every expected field then counts as wrong. */
  readonly problem: string | null;
}

/** The warning a parse must carry when the copy lacks contents or article text. */
export const MISSING_TEXT_KIND = "missing-text";

/** Case, punctuation and whitespace folded away: headlines and names are compared on their words. */
export function fold(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An author's places: `locations` when the parser gives it, else `location` split at
 *  commas and "and" ("Shymkent, Saryagash and Almaty", "Skopje and London"). */
export function authorLocations(author: { readonly location?: string | null; readonly locations?: readonly string[] }): string[] {
  if (author.locations) return [...author.locations];
  if (!author.location) return [];
  return author.location
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function sameAuthors(got: readonly ExpectedAuthor[], expected: readonly ExpectedAuthor[]): boolean {
  if (got.length !== expected.length) return false;
  return expected.every((e, i) => {
    const g = got[i]!;
    const gl = g.locations.map(fold).sort();
    const el = e.locations.map(fold).sort();
    return fold(g.name) === fold(e.name) && gl.length === el.length && gl.every((l, j) => l === el[j]);
  });
}

function sameHeadline(got: string | null, expected: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  return fold(got) === fold(expected);
}

/** True when the parse has to say that text is missing: no contents, no articles, or
 *  fewer articles than contents entries. */
export function needsMissingTextWarning(b: ParsedBulletin): boolean {
  return b.toc.length === 0 || b.articles.length === 0 || b.articles.length < b.toc.length;
}

function expectedFields(e: Expectation): FieldName[] {
  const fields: FieldName[] = [];
  if (e.series !== undefined) fields.push("series");
  if (e.seriesCode !== undefined) fields.push("seriesCode");
  if (e.issue !== undefined) fields.push("issue");
  if (e.part !== undefined) fields.push("part");
  if (e.date !== undefined) fields.push("date");
  if (e.toc !== undefined) fields.push("toc");
  if (e.firstArticle !== undefined) fields.push("firstArticle.authors");
  if (e.articleTextPresent !== undefined) fields.push("articleTextPresent");
  return fields;
}

function expectedValue(e: Expectation, field: FieldName): unknown {
  switch (field) {
    case "firstArticle.authors":
      return e.firstArticle?.authors;
    case "warned":
      return MISSING_TEXT_KIND;
    default:
      return e[field];
  }
}

export function compareBulletin(file: string, expected: Expectation, outcome: ParseOutcome): BulletinResult {
  if (!outcome.ok) {
    // A refusal ("not a bulletin") or a crash on a copy that is a bulletin: nothing of it
    // reaches a reader, so every fact about it is missed.
    const fields = expectedFields(expected).map((field) => ({ field, right: false, got: null, expected: expectedValue(expected, field), note: "no parse" }));
    return { file, fields, right: false, problem: outcome.problem };
  }
  const b = outcome.bulletin;
  const fields: FieldResult[] = [];
  const scalar = (field: "series" | "seriesCode" | "issue" | "part" | "date", got: string | number | null) => {
    const want = expected[field];
    if (want === undefined) return;
    const right = typeof want === "string" && typeof got === "string" ? fold(want) === fold(got) : want === got;
    fields.push({ field, right, got, expected: want });
  };
  scalar("series", b.series);
  scalar("seriesCode", b.seriesCode);
  scalar("issue", b.issue);
  scalar("part", b.part);
  scalar("date", b.date);

  if (expected.toc !== undefined) {
    const got = b.toc.map((t) => t.headlineRaw);
    const want = expected.toc;
    const matching = want.filter((h, i) => i < got.length && sameHeadline(got[i] ?? null, h)).length;
    const right = got.length === want.length && matching === want.length;
    fields.push({ field: "toc", right, got, expected: want, note: right ? undefined : `${matching}/${want.length} headlines in place, ${got.length} entries read` });
  }

  if (expected.firstArticle !== undefined) {
    const first = b.articles[0];
    const got: ExpectedAuthor[] = first ? first.authors.map((a) => ({ name: a.name, locations: authorLocations(a) })) : [];
    fields.push({ field: "firstArticle.authors", right: first !== undefined && sameAuthors(got, expected.firstArticle.authors), got: first ? got : "(no article)", expected: expected.firstArticle.authors });
  }

  if (expected.articleTextPresent !== undefined) {
    const got = b.articles.some((a) => a.paragraphs.length > 0);
    fields.push({ field: "articleTextPresent", right: got === expected.articleTextPresent, got, expected: expected.articleTextPresent });
  }

  // Never silent: a copy read without contents or with fewer articles than its contents
  // name must say so to the reader.
  if (needsMissingTextWarning(b)) {
    const kinds = [...new Set(b.warnings.map((w) => w.kind))];
    const right = kinds.includes(MISSING_TEXT_KIND);
    fields.push({ field: "warned", right, got: kinds, expected: MISSING_TEXT_KIND, note: right ? undefined : `${b.toc.length} contents entries, ${b.articles.length} articles, no ${MISSING_TEXT_KIND} warning` });
  }

  return { file, fields, right: fields.every((f) => f.right), problem: null };
}

export interface Summary {
  readonly bulletins: number;
  readonly bulletinsRight: number;
  readonly fields: number;
  readonly fieldsRight: number;
  readonly fieldsWrong: number;
  readonly refused: number;
  /** Misses per field name, for the "where does it fail" view. */
  readonly missesByField: Readonly<Record<FieldName, number>>;
  /** How often each field was scored. */
  readonly scoredByField: Readonly<Record<FieldName, number>>;
}

export function summarise(results: readonly BulletinResult[]): Summary {
  const missesByField = Object.fromEntries(FIELD_NAMES.map((f) => [f, 0])) as Record<FieldName, number>;
  const scoredByField = Object.fromEntries(FIELD_NAMES.map((f) => [f, 0])) as Record<FieldName, number>;
  let fields = 0;
  let fieldsRight = 0;
  for (const r of results) {
    for (const f of r.fields) {
      fields++;
      scoredByField[f.field]++;
      if (f.right) fieldsRight++;
      else missesByField[f.field]++;
    }
  }
  return {
    bulletins: results.length,
    bulletinsRight: results.filter((r) => r.right).length,
    fields,
    fieldsRight,
    fieldsWrong: fields - fieldsRight,
    refused: results.filter((r) => r.problem !== null).length,
    missesByField,
    scoredByField,
  };
}

/** The closing line: what the parser helpers track from run to run. */
export function closingLine(s: Summary): string {
  return `real: ${s.bulletinsRight}/${s.bulletins} bulletins right, ${s.fieldsWrong} fields wrong`;
}

export function percentLine(s: Summary): string {
  const pct = s.fields === 0 ? 0 : (100 * s.fieldsRight) / s.fields;
  return `fields right: ${s.fieldsRight}/${s.fields} (${pct.toFixed(1)}%)`;
}

/** Files with no expectations, and expectations with no file: reported, never fatal. */
export function unmatched(files: readonly string[], expectations: Readonly<Record<string, unknown>>): { readonly filesWithout: string[]; readonly expectationsWithout: string[] } {
  const fileSet = new Set(files);
  return {
    filesWithout: files.filter((f) => !(f in expectations)).sort(),
    expectationsWithout: Object.keys(expectations).filter((k) => !fileSet.has(k)).sort(),
  };
}
