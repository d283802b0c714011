// The people pass: candidates from every paragraph, merged into one entry per
// human being across the bulletin, with roles and mentions.
import type { Bulletin, Mention, Person } from "../../model/index.ts";
import type { PeopleLookup, PersonMention } from "../people-lookup.ts";
import type { PlaceContext } from "../places/context.ts";
import { findNameCandidates, nameKey, type NameCandidate } from "./candidates.ts";
import { genderOfName, hasSurnameShape, isKnownFirstName } from "./names.ts";
import { hasOrgWord, isAcronymLike } from "./organisations.ts";
import { COMMON_WORDS } from "../text/lexicon.ts";
import { LOST_LETTER } from "../text/runs.ts";

interface Draft {
  /** Name variants as written, fullest first once finished. */
  readonly variants: string[];
  readonly roles: string[];
  readonly mentions: (Mention & { order: number })[];
  first: string;
  last: string;
  /** nameKey of first and last, kept beside them: every one-word mention compares against every draft. */
  readonly firstKey: string;
  readonly lastKey: string;
  tokens: string[];
  readonly articles: Set<string>;
  /** Gender the words around a given-name-only person tell ("a mother of three"), when the name does not. */
  hint?: "female" | "male" | null;
}

const FEMALE_WORDS = /\b(?:mother|woman|wife|daughter|sister|widow|grandmother|housewife|girl|schoolgirl|businesswoman|spokeswoman|chairwoman)\b/i;
const MALE_WORDS = /\b(?:father|man|husband|son|brother|widower|grandfather|boy|schoolboy|businessman|spokesman|chairman)\b/i;
function genderOfWords(s: string): "female" | "male" | null {
  const f = FEMALE_WORDS.test(s);
  const m = MALE_WORDS.test(s);
  return f === m ? null : f ? "female" : "male";
}

interface Located extends NameCandidate {
  readonly articleSlug: string;
  readonly paragraphId: string;
  /** Reading order across the bulletin. */
  readonly order: number;
}

export interface PeopleResult {
  readonly people: Person[];
  readonly lookup: PeopleLookup;
}

const slugify = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "person";

const pushUnique = (list: string[], s: string) => {
  if (!list.includes(s)) list.push(s);
};

/** Byline names are people too ("By Olga Shevchenko in Almaty", "?rdasher X" with its capital lost); "IWPR staff" is not. */
function authorNames(bulletin: Bulletin): { articleSlug: string; name: string }[] {
  const out: { articleSlug: string; name: string }[] = [];
  for (const a of bulletin.articles) {
    for (const au of a.authors) {
      const ws = au.name.trim().split(/\s+/);
      const ok =
        ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^(?:\p{Lu}|\?\p{Ll})/u.test(w) && !isAcronymLike(w) && !COMMON_WORDS.has(w.toLowerCase())) && !hasOrgWord(ws);
      if (ok) out.push({ articleSlug: a.slug, name: ws.join(" ") });
    }
  }
  return out;
}

export function extractPeople(bulletin: Bulletin, places: PlaceContext): PeopleResult {
  const located: Located[] = [];
  let order = 0;
  for (const article of bulletin.articles) {
    for (const p of article.paragraphs) {
      for (const c of findNameCandidates(p.text, places)) {
        located.push({ ...c, articleSlug: article.slug, paragraphId: p.id, order: order++ });
      }
    }
  }

  let drafts: Draft[] = [];
  const byFullKey = new Map<string, Draft>();
  const fullKey = (tokens: readonly string[]) => `${nameKey(tokens[0]!)} ${nameKey(tokens[tokens.length - 1]!)}`;

  // The drafts by the name key of their last and of their first word: a one-word mention is compared with
  // the drafts of its key only, not with every draft of the bulletin. A lost letter ("Ma?mudov") in the word or
  // in any draft's name can match across keys: then every draft is compared, as sameKeyedWord says.
  const byLastKey = new Map<string, Draft[]>();
  const byFirstKey = new Map<string, Draft[]>();
  let lostLetters = false;
  let indexing = false;
  function indexDraft(d: Draft): void {
    for (const [index, key] of [[byLastKey, d.lastKey], [byFirstKey, d.firstKey]] as const) {
      const list = index.get(key);
      if (list) list.push(d);
      else index.set(key, [d]);
    }
    if (d.first.includes("?") || d.last.includes("?")) lostLetters = true;
  }
  const addFull = (tokens: readonly string[], articleSlug: string): Draft => {
    const key = fullKey(tokens);
    let d = byFullKey.get(key);
    if (!d) {
      const first = tokens[0]!;
      const last = tokens[tokens.length - 1]!;
      d = { variants: [], roles: [], mentions: [], first, last, firstKey: nameKey(first), lastKey: nameKey(last), tokens: [...tokens], articles: new Set() };
      byFullKey.set(key, d);
      drafts.push(d);
      if (indexing) indexDraft(d);
    }
    if (tokens.length > d.tokens.length) d.tokens = [...tokens];
    pushUnique(d.variants, tokens.join(" "));
    d.articles.add(articleSlug);
    return d;
  };
  const mention = (d: Draft, c: Located) => {
    d.mentions.push({ articleSlug: c.articleSlug, paragraphId: c.paragraphId, start: c.start, end: c.end, order: c.order });
    if (c.role) pushUnique(d.roles, c.role);
  };

  // Full names first, so that later surname-only and first-name-only mentions have someone to resolve to.
  for (const c of located) if (c.kind === "full") mention(addFull(c.tokens, c.articleSlug), c);
  for (const a of authorNames(bulletin)) addFull(a.name.split(" "), a.articleSlug);
  // a damaged full name joins its intact spelling before single words are resolved against both
  drafts = mergeDamaged(drafts);

  // indexed once the damaged names have merged (a merged-away draft must not be found)
  for (const d of drafts) indexDraft(d);
  indexing = true;

  // Rule: surname-only ("Nazarov said") and first-name-only ("Aydar said") mentions resolve to the one person
  // with that surname or first name, in the same article first, then in the bulletin. A different ending
  // (Nazarov / Nazarova) is a different surname, so never resolves across.
  const resolveSingle = (word: string, articleSlug: string): Draft | null => {
    const key = nameKey(word);
    const isLast = (d: Draft) => sameKeyedWord(word, key, d.last, d.lastKey);
    const isFirst = (d: Draft) => sameKeyedWord(word, key, d.first, d.firstKey);
    const all =
      word.includes("?") || lostLetters ? drafts : [...new Set([...(byLastKey.get(key) ?? []), ...(byFirstKey.get(key) ?? [])])];
    const pick = (pool: Draft[]) => {
      const bySurname = pool.filter(isLast);
      if (bySurname.length === 1) return bySurname[0]!;
      if (bySurname.length > 1) return null;
      const byFirst = pool.filter((d) => isFirst(d) && d.tokens.length > 1);
      return byFirst.length === 1 ? byFirst[0]! : null;
    };
    const inArticle = all.filter((d) => d.articles.has(articleSlug));
    const local = pick(inArticle);
    if (local) return local;
    // a name shared by several people in this article stays unresolved rather than guessed
    const ambiguousHere = inArticle.some((d) => isLast(d) || isFirst(d));
    return ambiguousHere ? null : pick(all);
  };

  for (const c of located) {
    if (c.kind === "single") {
      const w = c.tokens[0]!;
      const d = resolveSingle(w, c.articleSlug);
      if (d) {
        pushUnique(d.variants, w);
        d.articles.add(c.articleSlug);
        mention(d, c);
      } else if (c.contextEvidence && c.role && hasSurnameShape(w) && !isKnownFirstName(w) && !c.place) {
        // Rule: "President Nazarbaev" with no full name anywhere is still a person, known by surname.
        mention(addFull([w], c.articleSlug), c);
      } else if (c.given && !drafts.some((d) => d.firstKey === nameKey(w) || d.lastKey === nameKey(w))) {
        // Rule: "Gulnara, a 45-year-old mother of three," — a villager named by a given name alone, when nobody
        // else in the bulletin bears that name (then it stays unresolved rather than guessed).
        const d = addFull([w], c.articleSlug);
        d.hint = genderOfWords(c.role ?? "");
        mention(d, c);
      }
    } else if (c.kind === "plural") {
      // Rule: "the Zhanybekovs" names every member of that family met in the article, and is no person itself.
      const k = nameKey(c.tokens[0]!);
      for (const d of drafts) if (d.articles.has(c.articleSlug) && d.tokens.length > 1 && d.lastKey === k) mention(d, c);
    }
  }

  return finish(mergeDamaged(drafts));
}

/** A letter lost to a wrong encoding, written `?` ("Ma?mudov"); it stood for one or two romanised letters. */
const lostLetterRes = new Map<string, RegExp>();
function lostLetterMatch(damaged: string, intact: string): boolean {
  if (intact.includes("?")) return false;
  let re = lostLetterRes.get(damaged);
  if (!re) {
    const parts = damaged.split("?").map((x) => x.replace(/[.*+^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(`^${parts.join("\\p{L}{1,2}")}$`, "iu");
    lostLetterRes.set(damaged, re);
  }
  return re.test(intact);
}

/**
 * Two name words are the same: the same folded spelling (their nameKey, which the drafts keep), or one with
 * lost letters that fits the other.
 */
function sameKeyedWord(word: string, wordKey: string, other: string, otherKey: string): boolean {
  return wordKey === otherKey || (word.includes("?") && lostLetterMatch(word, other)) || (other.includes("?") && lostLetterMatch(other, word));
}

/**
 * Rule: a name that lost letters to a wrong encoding ("?rdasher Ismoilov", "Ma?mudov") is the person the
 * bulletin also names intact ("Ardasher Ismoilov", "Rustam Mahmudov") when exactly one such person fits:
 * one entry, under the intact spelling, with the damaged one as an alias.
 */
function mergeDamaged(drafts: Draft[]): Draft[] {
  const gone = new Set<Draft>();
  for (const d of drafts) {
    if (!d.tokens.some((t) => t.includes("?"))) continue;
    const fits = drafts.filter((e) => {
      if (e === d || gone.has(e) || e.tokens.some((t) => t.includes("?"))) return false;
      if (d.tokens.length === 1) return lostLetterMatch(d.tokens[0]!, e.last) || (e.tokens.length === 1 && lostLetterMatch(d.tokens[0]!, e.first));
      return lostLetterMatch(d.first, e.first) || d.firstKey === e.firstKey ? sameKeyedWord(d.last, d.lastKey, e.last, e.lastKey) : false;
    });
    if (fits.length !== 1) continue;
    const e = fits[0]!;
    for (const v of d.variants) pushUnique(e.variants, v);
    for (const r of d.roles) pushUnique(e.roles, r);
    for (const a of d.articles) e.articles.add(a);
    e.mentions.push(...d.mentions);
    gone.add(d);
  }
  return gone.size ? drafts.filter((d) => !gone.has(d)) : drafts;
}

function finish(drafts: Draft[]): PeopleResult {
  const used = new Set<string>();
  const people: Person[] = [];
  const genders = new Map<string, "female" | "male" | null>();
  const index = new Map<string, Draft>();
  // A one-word alias that is also the surname or first name of someone else in the bulletin names
  // neither of them for certain ("Kovacevic" when Vuk and Ante Kovacevic both appear): keep it off both.
  const wordOwners = new Map<string, number>();
  for (const d of drafts) {
    for (const k of new Set([d.firstKey, d.lastKey])) wordOwners.set(k, (wordOwners.get(k) ?? 0) + 1);
  }
  const sharedWord = (v: string) => !v.includes(" ") && (wordOwners.get(nameKey(v)) ?? 0) > 1;
  for (const d of drafts) {
    const name = d.tokens.join(" ");
    let id = slugify(name);
    for (let n = 2; used.has(id); n++) id = `${slugify(name)}-${n}`;
    used.add(id);
    d.mentions.sort((a, b) => a.order - b.order);
    people.push({
      id,
      name,
      aliases: d.variants.filter((v) => v !== name && !sharedWord(v)),
      roles: d.roles,
      mentions: d.mentions.map(({ articleSlug, paragraphId, start, end }) => ({ articleSlug, paragraphId, start, end })),
      ...(name.includes(LOST_LETTER) ? { lostLetters: true as const } : {}),
    });
    genders.set(id, genderOfName(d.tokens) ?? d.hint ?? null);
    index.set(id, d);
  }
  return { people, lookup: createLookup(people, genders) };
}

const TITLE_PREFIX = /^(?:(?:\p{Lu}[\p{L}-]*|and|of)\s+)*?(?:President|Minister|Premier|Mr|Mrs|Ms|Dr|General|Colonel|Ambassador|Governor|Mayor|Akim|Chairman|Deputy|Professor)\.?\s+/u;

export function createLookup(people: readonly Person[], genders: ReadonlyMap<string, "female" | "male" | null>): PeopleLookup {
  const byArticle = new Map<string, PersonMention[]>();
  for (const p of people) {
    for (const m of p.mentions) {
      const list = byArticle.get(m.articleSlug) ?? [];
      list.push({ personId: p.id, paragraphId: m.paragraphId, start: m.start, end: m.end });
      byArticle.set(m.articleSlug, list);
    }
  }
  const paraNum = (id: string) => Number(/\d+/.exec(id)?.[0] ?? 0);
  for (const list of byArticle.values()) list.sort((a, b) => paraNum(a.paragraphId) - paraNum(b.paragraphId) || a.start - b.start);
  const byId = new Map(people.map((p) => [p.id, p]));
  const inArticle = (slug: string) => new Set((byArticle.get(slug) ?? []).map((m) => m.personId));

  return {
    mentionsIn: (slug) => byArticle.get(slug) ?? [],
    nameOf: (id) => byId.get(id)?.name ?? id,
    genderOf: (id) => genders.get(id) ?? null,
    resolve(name, slug) {
      const ws = name.trim().replace(TITLE_PREFIX, "").split(/\s+/).filter(Boolean);
      if (!ws.length) return null;
      const here = inArticle(slug);
      const first = nameKey(ws[0]!);
      const last = nameKey(ws[ws.length - 1]!);
      const names = (p: Person) => [p.name, ...p.aliases].map((n) => n.split(/\s+/));
      const match = (p: Person) =>
        names(p).some((n) =>
          ws.length > 1
            ? nameKey(n[0]!) === first && nameKey(n[n.length - 1]!) === last
            : n.length > 1 && (nameKey(n[n.length - 1]!) === last || nameKey(n[0]!) === first) || (n.length === 1 && nameKey(n[0]!) === last),
        );
      const local = people.filter((p) => here.has(p.id) && match(p));
      if (local.length === 1) return local[0]!.id;
      if (local.length > 1) return null;
      const all = people.filter(match);
      return all.length === 1 ? all[0]!.id : null;
    },
  };
}
