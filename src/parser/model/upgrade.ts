// Bulletin JSON written by an older parser, brought up to the current schema where the
// change can be made without the source text. Imported bulletins live in the browser's
// storage across app versions; without this, every stored import would become unreadable
// at each schema bump and the reader would have to find and import the files again.
import { splitPlaces } from "../structure/byline.ts";
import { endsSentence } from "../structure/paragraphs.ts";
import { SCHEMA_VERSION } from "./version.ts";

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Version 1 → 2: each author gained `locations`, the places of `location` one by one; each
 * news brief gained `incomplete` (it ends mid-sentence).
 */
function addLocations(b: Json): Json {
  const articles = Array.isArray(b.articles) ? b.articles : [];
  const briefs = Array.isArray(b.newsBriefs) ? b.newsBriefs : [];
  return {
    ...b,
    schemaVersion: 2,
    newsBriefs: briefs.map((n) => (isObject(n) && typeof n.incomplete !== "boolean" ? { ...n, incomplete: typeof n.text === "string" && !endsSentence(n.text) } : n)),
    articles: articles.map((a) =>
      isObject(a) && Array.isArray(a.authors)
        ? { ...a, authors: a.authors.map((au) => (isObject(au) && !Array.isArray(au.locations) ? { ...au, locations: splitPlaces(typeof au.location === "string" ? au.location : null) } : au)) }
        : a,
    ),
  };
}

const STEPS: Record<number, (b: Json) => Json> = { 1: addLocations };

/**
 * The value upgraded step by step to SCHEMA_VERSION when it is an older Bulletin; anything
 * else (a newer version, not a bulletin) unchanged, for the schema to accept or refuse.
 */
export function upgradeBulletin(value: unknown): unknown {
  if (!isObject(value) || typeof value.schemaVersion !== "number") return value;
  let b = value;
  while (typeof b.schemaVersion === "number" && b.schemaVersion < SCHEMA_VERSION) {
    const step = STEPS[b.schemaVersion];
    if (!step) return b;
    b = step(b);
  }
  return b;
}
