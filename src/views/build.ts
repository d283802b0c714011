/**
 * The views' rows from parsed bulletins. Pure: the build runs it over the
 * archive (src/views/emit.ts) and the app over the bulletins imported in the
 * browser (src/app/views/imports.ts). People and places are the archive-wide
 * ones person and place pages show (src/search/entities.ts), so a row's link
 * leads to the page of the same person.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { archivePersonId, archivePlaceId, articleDate, buildPeople, buildPlaces } from "../search/entities.ts";
import type { Activity, NumberRow, PersonRow, PlaceRow, QuoteRow, ViewArticle, ViewPlace } from "./model.ts";
import { yearOf } from "./model.ts";
import { sentenceAround } from "./sentence.ts";
import { unitKind } from "./unit-kind.ts";

export { unitKind };

export interface ViewRows {
  articles: ViewArticle[];
  places: ViewPlace[];
  people: PersonRow[];
  quotes: QuoteRow[];
  numbers: NumberRow[];
  placeRows: PlaceRow[];
}

interface Bucket {
  year: number | null;
  series: string | null;
  count: number;
  articles: Set<string>;
}

/**
 * Adds `count` (and one article, when it is new) to the [year, series] bucket.
 * Buckets are found by year, then series, with no key string made per call:
 * the archive's every mention and quote is added, 1.5 million at 10,000 bulletins.
 */
class ActivityCounter {
  private byYear = new Map<number | null, Map<string | null, Bucket>>();
  /** In the order first added, as `list` sorts them from. */
  private buckets: Bucket[] = [];
  add(year: number | null, series: string | null, count: number, article: string | null): void {
    let bySeries = this.byYear.get(year);
    if (!bySeries) this.byYear.set(year, (bySeries = new Map()));
    let b = bySeries.get(series);
    if (!b) {
      bySeries.set(series, (b = { year, series, count: 0, articles: new Set() }));
      this.buckets.push(b);
    }
    b.count += count;
    if (article) b.articles.add(article);
  }
  list(): Activity[] {
    return this.buckets
      .map((b): Activity => [b.year, b.series, b.count, b.articles.size])
      .sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? "").localeCompare(y[1] ?? ""));
  }
}

/** One string per article of a bulletin (`<bulletin id>/<slug>`), made once: a Set hashes a string it has seen once only. */
function articleKeys(bulletinId: string): (slug: string) => string {
  const keys = new Map<string, string>();
  return (slug) => {
    let key = keys.get(slug);
    if (key === undefined) keys.set(slug, (key = `${bulletinId}/${slug}`));
    return key;
  };
}

export function buildViewRows(bulletins: readonly Bulletin[]): ViewRows {
  const people = buildPeople(bulletins);
  const places = buildPlaces(bulletins);
  const personOf = new Map<string, string>();
  for (const p of people) for (const k of p.keys) personOf.set(k, p.id);
  const placeOf = new Map<string, string>();
  for (const p of places) for (const k of p.keys) placeOf.set(k, p.id);

  const articles: ViewArticle[] = [];
  const viewPlaces: ViewPlace[] = places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, cc: p.country }));
  const placeIndex = new Map(viewPlaces.map((p, i) => [p.id, i]));
  const personAct = new Map<string, ActivityCounter>();
  const placeAct = new Map<string, ActivityCounter>();
  const counter = (map: Map<string, ActivityCounter>, id: string) => {
    let c = map.get(id);
    if (!c) map.set(id, (c = new ActivityCounter()));
    return c;
  };
  const quotes: QuoteRow[] = [];
  const numbers: NumberRow[] = [];

  for (const b of bulletins) {
    const localPerson = new Map(b.people.map((p) => [p.id, personOf.get(archivePersonId(b.id, p)) ?? null]));
    const articleBySlug = new Map(b.articles.map((a) => [a.slug, a]));
    const articleKey = articleKeys(b.id);
    // Places by paragraph: `${slug}#${paragraphId}` → place indexes.
    const placesIn = new Map<string, Set<number>>();
    for (const p of b.places) {
      const id = placeOf.get(archivePlaceId(p));
      if (id === undefined) continue;
      const index = placeIndex.get(id) as number;
      for (const m of p.mentions) {
        const key = `${m.articleSlug}#${m.paragraphId}`;
        let set = placesIn.get(key);
        if (!set) placesIn.set(key, (set = new Set()));
        set.add(index);
        const art = articleBySlug.get(m.articleSlug);
        const date = art ? articleDate(b, art) : b.date;
        counter(placeAct, id).add(yearOf(date), b.seriesCode, 1, articleKey(m.articleSlug));
      }
    }
    for (const p of b.people) {
      const id = localPerson.get(p.id);
      if (!id) continue;
      for (const slug of new Set(p.mentions.map((m) => m.articleSlug))) {
        const art = articleBySlug.get(slug);
        counter(personAct, id).add(yearOf(art ? articleDate(b, art) : b.date), b.seriesCode, 0, articleKey(slug));
      }
    }
    for (const art of b.articles) {
      const date = articleDate(b, art);
      const a = articles.length;
      articles.push({ b: b.id, s: art.slug, h: art.headline, d: date, sr: b.seriesCode });
      const textOf = new Map(art.paragraphs.map((p) => [p.id, p.text]));
      const placesOf = (paragraphId: string) => [...(placesIn.get(`${art.slug}#${paragraphId}`) ?? [])].sort((x, y) => x - y);
      for (const q of art.quotes) {
        const pid = q.speaker.personId ? (localPerson.get(q.speaker.personId) ?? null) : null;
        quotes.push({ b: b.id, s: art.slug, q: q.id, text: q.text, speaker: q.speaker.name, pid, a, pl: placesOf(q.paragraphId) });
        if (pid) counter(personAct, pid).add(yearOf(date), b.seriesCode, 1, articleKey(art.slug));
      }
      for (const s of art.statistics) {
        const text = textOf.get(s.paragraphId) ?? "";
        numbers.push({
          b: b.id,
          s: art.slug,
          id: s.id,
          p: s.paragraphId,
          a,
          value: s.value,
          unit: s.unit,
          k: unitKind(s),
          text: s.text,
          sentence: sentenceAround(text, s.start, s.end),
          pl: placesOf(s.paragraphId),
        });
      }
    }
  }

  const personRows: PersonRow[] = people.map((p) => {
    const dates = [...p.articles, ...p.quotes].map((r) => r.date).filter((d): d is string => d !== null).sort();
    return {
      id: p.id,
      name: p.name,
      roles: p.roles.map((r) => r.role),
      alsoSpelled: p.alsoSpelled,
      quotes: p.quotes.length,
      articles: p.articles.length,
      first: dates[0] ?? null,
      last: dates.at(-1) ?? null,
      act: personAct.get(p.id)?.list() ?? [],
    };
  });
  const placeRows: PlaceRow[] = places.map((p) => {
    const act = placeAct.get(p.id)?.list() ?? [];
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      cc: p.country,
      countryName: null,
      lat: p.lat,
      lon: p.lon,
      mentions: act.reduce((n, x) => n + x[2], 0),
      articles: p.articles.length,
      act,
    };
  });
  // In the views' default orders (quotes newest first, numbers oldest first), so the app's sort finds them sorted.
  const dateOf = (r: { a: number }) => articles[r.a]?.d ?? "";
  quotes.sort((x, y) => (dateOf(x) < dateOf(y) ? 1 : dateOf(x) > dateOf(y) ? -1 : 0));
  numbers.sort((x, y) => ((dateOf(x) || "9999") < (dateOf(y) || "9999") ? -1 : (dateOf(x) || "9999") > (dateOf(y) || "9999") ? 1 : 0));
  return { articles, places: viewPlaces, people: personRows, quotes, numbers, placeRows };
}
