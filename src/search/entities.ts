/**
 * Archive-wide people and places. Inside a bulletin the parser gives each
 * person and place an id; across bulletins the same person appears under
 * several spellings (Nazarbayev in one issue, Nazarbaev in the next). Here
 * they are merged by folded name, and each merged entity gets one archive id
 * plus the other ids it is reachable under (so links built from any spelling
 * resolve).
 */
import type { Article, Bulletin, Person, Place, Quote } from "../parser/model/index.ts";
import { fold } from "./fold.ts";
import { articleHref, quoteHref } from "./links.ts";

/** An article that mentions or quotes an entity. */
export interface ArticleRef {
  bulletinId: string;
  slug: string;
  headline: string;
  date: string | null;
  href: string;
}

export interface QuoteRef {
  bulletinId: string;
  articleSlug: string;
  quoteId: string;
  text: string;
  speaker: string;
  headline: string;
  date: string | null;
  href: string;
}

export interface RoleSpan {
  role: string;
  /** First and last dates the role was seen with the person (null when undated). */
  from: string | null;
  to: string | null;
}

export interface PersonEntity {
  id: string;
  name: string;
  /** Other spellings seen across the archive, most frequent first. */
  alsoSpelled: string[];
  roles: RoleSpan[];
  quotes: QuoteRef[];
  articles: ArticleRef[];
  /** Every archive id that should lead to this person (includes `id`). */
  keys: string[];
}

export interface PlaceEntity {
  id: string;
  name: string;
  alsoKnownAs: string[];
  kind: Place["kind"];
  country: string | null;
  lat: number | null;
  lon: number | null;
  quotes: QuoteRef[];
  articles: ArticleRef[];
  keys: string[];
}

/** A URL-safe id from a folded string; stable across bulletins and spellings that fold alike. */
export function entitySlug(name: string): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug) return slug;
  // Names in scripts the folding keeps (Greek, Georgian…): a stable hash instead.
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return `n${(h >>> 0).toString(36)}`;
}

/**
 * The archive id of a bulletin's person. One-word names ("Aliya") are too
 * common to merge across bulletins, so they stay scoped to their bulletin.
 */
export function archivePersonId(bulletinId: string, person: Pick<Person, "name">): string {
  const known = personIds.get(person);
  if (known !== undefined && known[0] === bulletinId && known[1] === person.name) return known[2];
  const id = sharedPersonId(person.name) ?? `${entitySlug(person.name)}--${bulletinId}`;
  personIds.set(person, [bulletinId, person.name, id]);
  return id;
}

/**
 * Ids worked out, by the parsed person or place they are of: the merges and
 * the views each ask for every person's id several times, and folding the
 * name each time (a bounded cache that thrashes at 10,000 bulletins' tens of
 * thousands of names) was a third of the people's merge. The name is kept
 * with the id, so an object whose name was changed since is worked out again.
 */
const personIds = new WeakMap<object, [bulletinId: string, name: string, id: string]>();
const placeIds = new WeakMap<object, [name: string, id: string]>();

/** The archive id a name merges under across bulletins, or null for a one-word name (kept per bulletin). */
export function sharedPersonId(name: string): string | null {
  return fold(name).includes(" ") ? entitySlug(name) : null;
}

/** The archive id of a bulletin's place: the slug of its folded name. */
export function archivePlaceId(place: Pick<Place, "name">): string {
  const known = placeIds.get(place);
  if (known !== undefined && known[0] === place.name) return known[1];
  const id = entitySlug(place.name);
  placeIds.set(place, [place.name, id]);
  return id;
}

export function articleDate(bulletin: Bulletin, article: Article): string | null {
  return article.issueTag?.date ?? bulletin.date;
}

function articleRef(bulletin: Bulletin, article: Article): ArticleRef {
  return {
    bulletinId: bulletin.id,
    slug: article.slug,
    headline: article.headline,
    date: articleDate(bulletin, article),
    href: articleHref(bulletin.id, article.slug),
  };
}

export function quoteRef(bulletin: Bulletin, article: Article, quote: Quote): QuoteRef {
  return {
    bulletinId: bulletin.id,
    articleSlug: article.slug,
    quoteId: quote.id,
    text: quote.text,
    speaker: quote.speaker.name,
    headline: article.headline,
    date: articleDate(bulletin, article),
    href: quoteHref(bulletin.id, article.slug, quote.id),
  };
}

/** Union-find over string keys. */
class Groups {
  private parent = new Map<string, string>();
  find(k: string): string {
    let root = k;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(k, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * Dates are ISO (2011-04-12), where the order of their characters is the
 * order of the days: compared as strings, not by `localeCompare`, which
 * called into the collator for each of the hundreds of thousands of
 * comparisons sorting 2,500 bulletins' references takes.
 */
export const byDate = (a: { date: string | null }, b: { date: string | null }) => {
  const x = a.date ?? "9999";
  const y = b.date ?? "9999";
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Most frequent first; ties: longest (the fullest form), then alphabetical. */
function rankNames(counts: Map<string, number>): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))
    .map(([n]) => n);
}

/** Different spellings, one per folded form, the display spelling excluded. */
function otherSpellings(ranked: string[], main: string, aliases: Iterable<string>): string[] {
  const seen = new Set([main]);
  const out: string[] = [];
  for (const n of [...ranked, ...aliases]) {
    if (seen.has(n)) continue;
    seen.add(n);
    out.push(n);
  }
  return out;
}

/**
 * An entity's references from one bulletin id, each added once: what
 * `dedupeRefs` over the whole list gives (refs of different bulletin ids
 * never share an href), without making a ref for every mention of an
 * article only to drop it, or hashing every new href string. Merging the
 * people of 2,500 bulletins spent a second in `dedupeRefs` alone.
 */
class BulletinRefs {
  private readonly articles = new Map<object, Set<string>>();
  private readonly quotes = new Map<object, Map<string, Set<string>>>();

  article(entity: { articles: ArticleRef[] }, bulletin: Bulletin, article: Article): void {
    let slugs = this.articles.get(entity);
    if (!slugs) this.articles.set(entity, (slugs = new Set()));
    if (slugs.has(article.slug)) return;
    slugs.add(article.slug);
    entity.articles.push(articleRef(bulletin, article));
  }

  quote(entity: { quotes: QuoteRef[] }, bulletin: Bulletin, article: Article, quote: Quote): void {
    let bySlug = this.quotes.get(entity);
    if (!bySlug) this.quotes.set(entity, (bySlug = new Map()));
    let ids = bySlug.get(article.slug);
    if (!ids) bySlug.set(article.slug, (ids = new Set()));
    if (ids.has(quote.id)) return;
    ids.add(quote.id);
    entity.quotes.push(quoteRef(bulletin, article, quote));
  }
}

/**
 * A fresh `BulletinRefs` per bulletin, but the same one for bulletins that
 * share an id (the build never passes two; a caller might), whose refs would
 * share hrefs.
 */
function refsByBulletin(bulletins: readonly Bulletin[]): (bulletin: Bulletin) => BulletinRefs {
  const seen = new Set<string>();
  const shared = new Map<string, BulletinRefs | null>();
  for (const b of bulletins) {
    if (seen.has(b.id)) shared.set(b.id, null);
    else seen.add(b.id);
  }
  return (b) => {
    if (!shared.has(b.id)) return new BulletinRefs();
    let refs = shared.get(b.id);
    if (!refs) shared.set(b.id, (refs = new BulletinRefs()));
    return refs;
  };
}

export function dedupeRefs<T extends { href: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.href) ? false : (seen.add(r.href), true)));
}

/**
 * Bulletin-level ids (the parser's slugs, which article panels link to) that
 * name exactly one archive entity; an id two entities share leads nowhere.
 */
function unambiguousLocalIds(pairs: Array<[local: string, archive: string]>): Map<string, string> {
  const out = new Map<string, string | null>();
  for (const [local, archive] of pairs) {
    const seen = out.get(local);
    out.set(local, seen === undefined || seen === archive ? archive : null);
  }
  return new Map([...out].filter((e): e is [string, string] => e[1] !== null));
}

/**
 * The archive's people and places, made once per list of bulletins: the
 * search emitter and the views emitter both need them from the same list,
 * and merging them was 1.1 s of each at 1,000 bulletins. Callers only read
 * them.
 */
const peopleOf = new WeakMap<readonly Bulletin[], PersonEntity[]>();
const placesOf = new WeakMap<readonly Bulletin[], PlaceEntity[]>();

export function buildPeople(bulletins: readonly Bulletin[]): PersonEntity[] {
  let people = peopleOf.get(bulletins);
  if (!people) peopleOf.set(bulletins, (people = mergePeople(bulletins)));
  return people;
}

export function buildPlaces(bulletins: readonly Bulletin[]): PlaceEntity[] {
  let places = placesOf.get(bulletins);
  if (!places) placesOf.set(bulletins, (places = mergePlaces(bulletins)));
  return places;
}

function mergePeople(bulletins: readonly Bulletin[]): PersonEntity[] {
  interface Acc {
    names: Map<string, number>;
    aliases: Set<string>;
    roles: Map<string, RoleSpan>;
    quotes: QuoteRef[];
    articles: ArticleRef[];
    keys: Set<string>;
  }
  const groups = new Groups();
  const refsOf = refsByBulletin(bulletins);
  for (const b of bulletins) for (const p of b.people) groups.find(archivePersonId(b.id, p));
  const acc = new Map<string, Acc>();
  const get = (key: string): Acc => {
    const root = groups.find(key);
    let a = acc.get(root);
    if (!a) {
      a = { names: new Map(), aliases: new Set(), roles: new Map(), quotes: [], articles: [], keys: new Set() };
      acc.set(root, a);
    }
    return a;
  };
  for (const b of bulletins) {
    const personKey = new Map<string, string>();
    for (const p of b.people) personKey.set(p.id, archivePersonId(b.id, p));
    const articlesBySlug = new Map(b.articles.map((a) => [a.slug, a]));
    const refs = refsOf(b);
    for (const p of b.people) {
      const key = personKey.get(p.id) as string;
      const a = get(key);
      a.keys.add(key);
      a.names.set(p.name, (a.names.get(p.name) ?? 0) + 1);
      for (const alias of p.aliases) a.aliases.add(alias);
      const mentionedIn = new Set(p.mentions.map((m) => m.articleSlug));
      const dates = [...mentionedIn].map((s) => {
        const art = articlesBySlug.get(s);
        return art ? articleDate(b, art) : b.date;
      });
      const date = dates.filter((d): d is string => d !== null).sort()[0] ?? b.date;
      for (const role of p.roles) {
        const span = a.roles.get(role) ?? { role, from: date, to: date };
        if (date && (!span.from || date < span.from)) span.from = date;
        if (date && (!span.to || date > span.to)) span.to = date;
        a.roles.set(role, span);
      }
      for (const slug of mentionedIn) {
        const art = articlesBySlug.get(slug);
        if (art) refs.article(a, b, art);
      }
    }
    for (const art of b.articles) {
      for (const q of art.quotes) {
        const key = q.speaker.personId ? personKey.get(q.speaker.personId) : undefined;
        if (!key) continue;
        const a = get(key);
        refs.quote(a, b, art, q);
        refs.article(a, b, art);
      }
    }
  }
  const local = unambiguousLocalIds(bulletins.flatMap((b) => b.people.map((p): [string, string] => [p.id, groups.find(archivePersonId(b.id, p))])));
  for (const [id, root] of local) acc.get(root)?.keys.add(id);
  const people: PersonEntity[] = [];
  for (const a of acc.values()) {
    const ranked = rankNames(a.names);
    const name = ranked[0] as string;
    const slug = entitySlug(name);
    const id = a.keys.has(slug) ? slug : ([...a.keys].sort()[0] as string);
    people.push({
      id,
      name,
      alsoSpelled: otherSpellings(ranked, name, a.aliases).filter((n) => !name.includes(n)),
      roles: [...a.roles.values()].sort((x, y) => (x.from ?? "9999").localeCompare(y.from ?? "9999")),
      quotes: a.quotes.sort(byDate),
      articles: a.articles.sort(byDate),
      keys: [...a.keys].sort(),
    });
  }
  return people.sort((x, y) => x.id.localeCompare(y.id));
}

/** How much being recorded as an alias counts against a spelling becoming the display name. */
const ALIAS_PENALTY = 0.5;

function quoteCovers(q: Quote, paragraphId: string, start: number, end: number): boolean {
  return q.paragraphId === paragraphId && start >= q.start && end <= q.end;
}

function mergePlaces(bulletins: readonly Bulletin[]): PlaceEntity[] {
  interface Acc {
    names: Map<string, number>;
    aliases: Set<string>;
    place: Place;
    quotes: QuoteRef[];
    articles: ArticleRef[];
    keys: Set<string>;
  }
  // Places merge on their name and every alias the parser recorded (Oskemen in one
  // bulletin, Ust-Kamenogorsk with alias Oskemen in another), unless the countries disagree.
  const groups = new Groups();
  const refsOf = refsByBulletin(bulletins);
  const countryOf = new Map<string, string>();
  // Aliases repeat across bulletins (the same capital's other name in most issues).
  const slugs = new Map<string, string>();
  const aliasSlug = (alias: string) => {
    let slug = slugs.get(alias);
    if (slug === undefined) slugs.set(alias, (slug = entitySlug(alias)));
    return slug;
  };
  for (const b of bulletins) {
    for (const p of b.places) {
      const key = archivePlaceId(p);
      groups.find(key);
      if (p.country) countryOf.set(key, p.country);
      for (const alias of p.aliases) {
        const other = aliasSlug(alias);
        const c = countryOf.get(groups.find(other));
        if (c && p.country && c !== p.country) continue;
        groups.union(key, other);
      }
    }
  }
  const acc = new Map<string, Acc>();
  for (const b of bulletins) {
    const articlesBySlug = new Map(b.articles.map((a) => [a.slug, a]));
    const refs = refsOf(b);
    for (const p of b.places) {
      const key = archivePlaceId(p);
      const root = groups.find(key);
      let a = acc.get(root);
      if (!a) {
        a = { names: new Map(), aliases: new Set(), place: p, quotes: [], articles: [], keys: new Set() };
        acc.set(root, a);
      }
      a.keys.add(key);
      for (const alias of p.aliases) a.keys.add(aliasSlug(alias));
      a.names.set(p.name, (a.names.get(p.name) ?? 0) + 1);
      for (const alias of p.aliases) {
        a.aliases.add(alias);
        // A name another bulletin gave as an alias ("Oskemen (also known as
        // Ust-Kamenogorsk)") is the secondary one.
        a.names.set(alias, (a.names.get(alias) ?? 0) - ALIAS_PENALTY);
      }
      if (a.place.lat === null && p.lat !== null) a.place = { ...a.place, lat: p.lat, lon: p.lon };
      if (a.place.country === null && p.country !== null) a.place = { ...a.place, country: p.country };
      for (const m of p.mentions) {
        const art = articlesBySlug.get(m.articleSlug);
        if (!art) continue;
        refs.article(a, b, art);
        for (const q of art.quotes) if (quoteCovers(q, m.paragraphId, m.start, m.end)) refs.quote(a, b, art, q);
      }
    }
  }
  const local = unambiguousLocalIds(bulletins.flatMap((b) => b.places.map((p): [string, string] => [p.id, groups.find(archivePlaceId(p))])));
  for (const [id, root] of local) acc.get(root)?.keys.add(id);
  const places: PlaceEntity[] = [];
  for (const a of acc.values()) {
    const ranked = rankNames(a.names);
    const name = ranked[0] as string;
    places.push({
      id: archivePlaceId({ name }),
      name,
      alsoKnownAs: otherSpellings(ranked, name, a.aliases),
      kind: a.place.kind,
      country: a.place.country,
      lat: a.place.lat,
      lon: a.place.lon,
      quotes: a.quotes.sort(byDate),
      articles: a.articles.sort(byDate),
      keys: [...new Set([archivePlaceId({ name }), ...a.keys])].sort(),
    });
  }
  return places.sort((x, y) => x.id.localeCompare(y.id));
}
