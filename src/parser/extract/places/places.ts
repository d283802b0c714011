// The places pass: capitalised runs matched against the gazetteer, plus the
// phrasings that introduce places the gazetteer lacks ("the village of X",
// "X, another village in …", "X province").
import type { GazetteerPlace } from "../../../gazetteer/index.ts";
import { foldLoose } from "../../../gazetteer/index.ts";
import type { Bulletin, Mention, Place, PlaceKind } from "../../model/index.ts";
import { isKnownFirstName } from "../people/names.ts";
import { isOrganisationRun } from "../people/organisations.ts";
import { TITLE_HEADS } from "../people/roles.ts";
import { COMMON_NOUNS, COMMON_WORDS, NATIONALITY_WORDS } from "../text/lexicon.ts";
import { capitalisedRuns, LOST_LETTER, type CapitalisedRun } from "../text/runs.ts";
import { articleContext, bestPlace, type PlaceContext } from "./context.ts";

/** A span of a paragraph already taken by a person mention. */
export interface TakenSpan {
  readonly paragraphId: string;
  readonly articleSlug: string;
  readonly start: number;
  readonly end: number;
}

interface Draft {
  country?: string | null;
  readonly key: string;
  readonly names: string[];
  kind: PlaceKind;
  readonly geo: GazetteerPlace | null;
  readonly mentions: (Mention & { order: number })[];
}

const REGION_NOUN = /^\s+(region|province|oblast|district|valley|republic)\b/i;
const SETTLEMENT_OF = /\b(?:the\s+)?(village|town|city|settlement|hamlet|capital)\s+of\s+$/i;
// "X, another village in East Kazakstan" / "X, a small town not far from Y" / "X, the main town of Y"
const SETTLEMENT_APPOSITIVE = /^,\s+(?:a|an|another|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(village|town|city|settlement|hamlet)\b/u;
const OTHER_NAME = /^\s*\((?:also\s+)?(?:known|called|spelt|spelled|formerly|previously|once)\b[^)]*?\b(?:as|name|named)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)\s*\)/u;
/** Before a bare ordinary word or first name, only these say it is a place ("in Split", "from Bar"). */
const LOCATIVE_BEFORE = /\b(?:in|from|to|near|at|outside|around|of)\s+$/i;

const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;

const STRONG_SPEECH_AFTER = /^\s+(?:said|says|told|explained|added|believes|thinks|argued|insisted|recalled|warned)\b/;

const SETTLEMENT_KIND: Record<string, PlaceKind> = { village: "village", hamlet: "village", town: "town", settlement: "village", city: "city", capital: "city" };

const slugify = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "place";

/**
 * Does the bulletin write `word` (lowercase) as a word of its own somewhere? Asked only for a capitalised
 * word the gazetteer knows, a few times a bulletin: a scan of the joined paragraphs, no word index.
 */
function writesLowercase(bulletin: Bulletin, memo: { text?: string; seen: Map<string, boolean> }, word: string): boolean {
  const hit = memo.seen.get(word);
  if (hit !== undefined) return hit;
  memo.text ??= bulletin.articles.map((a) => a.paragraphs.map((p) => p.text).join("\n")).join("\n");
  const text = memo.text;
  let found = false;
  for (let i = text.indexOf(word); i >= 0 && !found; i = text.indexOf(word, i + 1)) {
    found = !LETTER_RE.test(text[i - 1] ?? " ") && !LETTER_RE.test(text[i + word.length] ?? " ");
  }
  memo.seen.set(word, found);
  return found;
}
const LETTER_RE = /[\p{L}\p{M}'’-]/u;

export function extractPlaces(bulletin: Bulletin, bulletinCtx: PlaceContext, taken: readonly TakenSpan[]): Place[] {
  const drafts = new Map<string, Draft>();
  // Every mention folds its name, and the merge below compares every draft's names with every other's.
  const folded = new Map<string, string>();
  const fold = (name: string) => {
    let f = folded.get(name);
    if (f === undefined) folded.set(name, (f = foldLoose(name)));
    return f;
  };
  let order = 0;
  const takenBy = new Map<string, TakenSpan[]>();
  for (const t of taken) {
    const k = `${t.articleSlug}#${t.paragraphId}`;
    const list = takenBy.get(k);
    if (list) list.push(t);
    else takenBy.set(k, [t]);
  }

  const note = (name: string, geo: GazetteerPlace | null, kind: PlaceKind | null, m: Mention, otherNames: string[] = []) => {
    const key = geo ? `geo:${geo.name}:${geo.country}:${geo.lat}:${geo.lon}` : `text:${fold(name)}`;
    let d = drafts.get(key);
    if (!d) {
      d = { key, names: [name], kind: kind ?? geo?.kind ?? "other", geo, mentions: [] };
      drafts.set(key, d);
    }
    for (const n of [name, ...otherNames]) if (!d.names.includes(n)) d.names.push(n);
    if (kind && d.kind !== "country" && d.kind !== "region") d.kind = kind;
    d.mentions.push({ ...m, order: order++ } as Mention & { order: number });
  };

  const setCountry = (name: string, iso: string | null) => {
    const d = drafts.get(`text:${fold(name)}`);
    if (d) d.country = iso;
  };

  /** Which capitalised words the bulletin also writes in lowercase, asked as needed. */
  const lowercase: { text?: string; seen: Map<string, boolean> } = { seen: new Map() };
  for (const article of bulletin.articles) {
    const ctx = articleContext(bulletinCtx, article);
    for (const p of article.paragraphs) {
      const text = p.text;
      const blocked = takenBy.get(`${article.slug}#${p.id}`) ?? [];
      const runs = capitalisedRuns(text);
      let skipUntil = -1;
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r]!;
        if (run.start < skipUntil) continue;
        if (blocked.some((b) => b.start < run.end && run.start < b.end)) continue;
        if (isOrganisationRun(run, text)) continue;
        const mention = (start: number, end: number): Mention => ({ articleSlug: article.slug, paragraphId: p.id, start, end });
        // Rule: a country or region whose name joins two capitalised runs ("Bosnia and Herzegovina", "Serbia and Montenegro").
        const next = runs[r + 1];
        if (next && /^ (?:and|of) $/.test(text.slice(run.end, next.start))) {
          const joined = text.slice(run.start, next.end);
          const table = ctx.gazetteer.lookup(joined).find((g) => g.source !== "geonames");
          if (table) {
            note(joined, table, null, mention(run.start, next.end));
            skipUntil = next.end;
            continue;
          }
        }
        // Rule: a lone name that speaks is a person the people pass could not place, not a town ("Hasani said").
        if (run.tokens.length === 1 && STRONG_SPEECH_AFTER.test(text.slice(run.end, run.end + 20))) continue;
        const before = text.slice(Math.max(0, run.start - 30), run.start);
        const after = text.slice(run.end, run.end + 120);
        const other = OTHER_NAME.exec(after)?.[1];
        const others = other ? [other] : [];
        // what follows the run is the same for each of its tails tried below
        const region = REGION_NOUN.exec(after);
        const settlementAfter = SETTLEMENT_APPOSITIVE.exec(after)?.[1];

        // Try the whole run, then without its leading words ("In Almaty", "Meanwhile Astana").
        for (let i = 0; i < run.tokens.length; i++) {
          // Rule: what follows a title in the same run is a person's name ("President Bush", "General Lake").
          if (i > 0 && TITLE_HEADS.has(run.tokens[i - 1]!.text)) break;
          const toks = run.tokens.slice(i);
          const name = toks.map((t) => t.text).join(" ");
          const start = toks[0]!.start;
          const ws = toks.map((t) => t.text);
          const lead = i === 0 ? before : text.slice(Math.max(0, start - 30), start);

          // Rule: "East Kazakstan province", "the Aktobe region": a region. Central Asian and Russian provinces
          // are named after their main city; when the city is known, the region is shown as that city (one pin, one entry).
          if (region && !ws.every((w) => COMMON_WORDS.has(w.toLowerCase()) || NATIONALITY_WORDS.has(w.toLowerCase()))) {
            const geo = bestPlace(name, ctx);
            if (geo && geo.kind !== "country") note(name, geo, null, mention(start, run.end), others);
            else if (i === 0 || !COMMON_WORDS.has(ws[0]!.toLowerCase())) note(name, geo?.kind === "region" ? geo : null, "region", mention(start, run.end), others);
            else continue;
            break;
          }

          // Rule: "the village of Turgen", "Pervomaysky, another village in …": a settlement, even one the gazetteer lacks.
          const settlement = SETTLEMENT_OF.exec(lead)?.[1] ?? settlementAfter;
          if (settlement && ws.every((w) => !COMMON_WORDS.has(w.toLowerCase()))) {
            // a village the text introduces is the bulletin's own, not a namesake city abroad ("the hill village of Brest")
            const found = bestPlace(name, ctx);
            const geo = found && found.country && ctx.countries.includes(found.country) ? found : null;
            note(name, geo, SETTLEMENT_KIND[settlement.toLowerCase()] ?? "other", mention(start, run.end), others);
            break;
          }

          // Rule: a capitalised compass word before a country names a region of it ("West Tarazstan", "North Ossetia"
          // when the table lacks it), not the country.
          if (i === 0 && ws.length >= 2 && COMPASS.test(ws[0]!)) {
            const country = ctx.gazetteer.lookup(ws.slice(1).join(" ")).find((g) => g.kind === "country");
            const whole = bestPlace(name, ctx);
            if (country && !whole) {
              note(name, null, "region", mention(start, run.end), others);
              setCountry(name, country.country);
              break;
            }
          }

          // Rule: a bare name the gazetteer knows; ordinary words and first names only after "in", "from"….
          if (ws.some((w) => NATIONALITY_WORDS.has(w.toLowerCase()))) continue;
          const weak = ws.length === 1 && (COMMON_WORDS.has(ws[0]!.toLowerCase()) || isKnownFirstName(ws[0]!));
          if (weak && !LOCATIVE_BEFORE.test(lead)) continue;
          const geo = bestPlace(name, ctx);
          // Rule: an English word the gazetteer knows as some village ("Bread prices rose", "Water is scarce") is
          // that word: a GeoNames match for a common noun, or for a word this bulletin also writes in lowercase,
          // counts only after "in", "from"….
          if (geo && geo.source === "geonames" && !weak && ws.length === 1 && !LOCATIVE_BEFORE.test(lead)) {
            const w = ws[0]!.toLowerCase();
            if (COMMON_NOUNS.has(w) || writesLowercase(bulletin, lowercase, w)) continue;
          }
          if (geo) {
            note(name, geo, null, mention(start, run.end), others);
            break;
          }
        }
      }
    }
  }

  // The other name in brackets may also have been matched on its own: fold such drafts into the first.
  const list = [...drafts.values()];
  for (const d of list) {
    for (const e of list) {
      if (d === e || !d.mentions.length || !e.mentions.length) continue;
      if (e.names.some((n) => d.names.slice(1).some((x) => fold(x) === fold(n)))) {
        for (const n of e.names) if (!d.names.includes(n)) d.names.push(n);
        d.mentions.push(...e.mentions);
        e.mentions.length = 0;
      }
    }
  }

  const used = new Set<string>();
  return list
    .filter((d) => d.mentions.length)
    .sort((a, b) => a.mentions[0]!.order - b.mentions[0]!.order)
    .map((d) => {
      const name = d.names[0]!;
      const aliases = d.names.slice(1).filter((n) => n !== name);
      if (d.geo && !aliases.includes(d.geo.name) && d.geo.name !== name) aliases.push(d.geo.name);
      let id = slugify(name);
      for (let n = 2; used.has(id); n++) id = `${slugify(name)}-${n}`;
      used.add(id);
      d.mentions.sort((a, b) => a.order - b.order);
      return {
        id,
        name,
        aliases,
        kind: d.kind,
        country: d.geo?.country ?? d.country ?? null,
        lat: d.geo?.lat ?? null,
        lon: d.geo?.lon ?? null,
        mentions: d.mentions.map(({ articleSlug, paragraphId, start, end }) => ({ articleSlug, paragraphId, start, end })),
        ...(name.includes(LOST_LETTER) ? { lostLetters: true as const } : {}),
      };
    });
}
