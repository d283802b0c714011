/**
 * /places/:placeId: a place across the archive: its names, a small locator map
 * drawn offline at build time, and the articles and quotes that mention it:
 * the first of each from the page's file, the rest read piece by piece as
 * the reader scrolls (src/search/page-data.ts).
 */
import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { articlesPieceQuery, placeQuery, quotesPieceQuery } from "../search/page-data-client.ts";
import { usePagedList } from "../hooks/usePieces.ts";
import { MoreRows } from "../components/MoreRows.tsx";
import { ArticleList } from "../search/ArticleList.tsx";
import { formatDate } from "../lib/format.ts";
import { LocatorMapView } from "./LocatorMapView.tsx";
import { placeKindLine, placeMapLabel } from "./place-text.ts";

export function Component() {
  const { placeId = "" } = useParams();
  const { data } = useSuspenseQuery(placeQuery(placeId));
  const { place } = data;
  const quotes = usePagedList(place.quotes, place.more.quotes, quotesPieceQuery);
  const articles = usePagedList(place.articles, place.more.articles, articlesPieceQuery);
  useDocumentMeta(place.name, `${place.name}${place.countryName ? `, ${place.countryName}` : ""}: quotes and articles that mention it in the IWPR bulletin archive.`);
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600 dark:text-stone-400">
        <Link to="/" className="link">Archive</Link> / Places
      </nav>
      <h1 className="mt-2 font-serif text-4xl font-semibold">{place.name}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {placeKindLine(place)}
      </p>
      {place.alsoKnownAs.length > 0 && <p className="mt-1 text-stone-700 dark:text-stone-300">Also known as: {place.alsoKnownAs.join(", ")}</p>}
      <div className="mt-6">
        {place.map ? (
          <LocatorMapView map={place.map} label={placeMapLabel(place)} />
        ) : (
          <p className="text-stone-600 dark:text-stone-400">No map: the bulletins do not say where exactly {place.name} is.</p>
        )}
      </div>

      <section aria-labelledby="quotes" className="mt-8">
        <h2 id="quotes" className="font-serif text-2xl font-semibold">Quotes that mention {place.name}</h2>
        {place.quoteCount === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">None.</p>
        ) : (
          <ol className="mt-2 space-y-4">
            {quotes.items.map((q) => (
              <li key={q.href}>
                <blockquote className="font-serif text-lg">
                  <Link to={q.href} className="hover:underline">{q.text}</Link>
                </blockquote>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {q.speaker} · {q.headline}
                  {q.date && ` · ${formatDate(q.date)}`}
                </p>
              </li>
            ))}
          </ol>
        )}
        {!quotes.complete && <MoreRows shown={quotes.items.length} total={place.quoteCount} plural="quotes" onWant={quotes.more} loading={quotes.loading} error={quotes.error} />}
      </section>

      <section aria-labelledby="articles" className="mt-8">
        <h2 id="articles" className="font-serif text-2xl font-semibold">Articles that mention {place.name}</h2>
        <ArticleList articles={articles.items} />
        {!articles.complete && <MoreRows shown={articles.items.length} total={place.articleCount} plural="articles" onWant={articles.more} loading={articles.loading} error={articles.error} />}
      </section>
    </div>
  );
}
