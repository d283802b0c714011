/**
 * /people/:personId: one person across the whole archive: name, other
 * spellings, roles as they changed, every quote in date order (each a deep
 * link to its place in the article), and the articles that mention them.
 * Someone quoted thousands of times: the page's file holds the first quotes
 * and articles (the prerendered page shows them), the rest are read piece by
 * piece as the reader scrolls (src/search/page-data.ts).
 */
import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { articlesPieceQuery, personQuery, quotesPieceQuery } from "../search/page-data-client.ts";
import { usePagedList } from "../hooks/usePieces.ts";
import { MoreRows } from "../components/MoreRows.tsx";
import { ArticleList } from "../search/ArticleList.tsx";
import { formatDate } from "../lib/format.ts";
import { QuoteTimeline } from "./QuoteTimeline.tsx";
import { roleDates } from "./role-dates.ts";

export function Component() {
  const { personId = "" } = useParams();
  const { data } = useSuspenseQuery(personQuery(personId));
  const { person } = data;
  const role = person.roles.at(-1)?.role;
  const quotes = usePagedList(person.quotes, person.more.quotes, quotesPieceQuery);
  const articles = usePagedList(person.articles, person.more.articles, articlesPieceQuery);
  useDocumentMeta(person.name, `${person.name}${role ? `, ${role}` : ""}: quotes and articles in the IWPR bulletin archive.`);
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600 dark:text-stone-400">
        <Link to="/" className="link">Archive</Link> / People
      </nav>
      <h1 className="mt-2 font-serif text-4xl font-semibold">{person.name}</h1>
      {person.alsoSpelled.length > 0 && <p className="mt-2 text-stone-700 dark:text-stone-300">Also spelled: {person.alsoSpelled.join(", ")}</p>}

      <section aria-labelledby="roles" className="mt-8">
        <h2 id="roles" className="font-serif text-2xl font-semibold">Roles</h2>
        {person.roles.length === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">No role is given in the bulletins.</p>
        ) : (
          <ol className="mt-2 space-y-1">
            {person.roles.map((r) => (
              <li key={r.role}>
                {r.role} <span className="text-sm text-stone-600 dark:text-stone-400">({roleDates(r)})</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="quotes" className="mt-8">
        <h2 id="quotes" className="font-serif text-2xl font-semibold">Quotes ({person.quoteCount})</h2>
        <QuoteTimeline marks={person.timeline} quotes={quotes.items} />
        {person.quoteCount === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">No quotes are attributed to {person.name}.</p>
        ) : (
          <ol className="mt-2 space-y-4">
            {quotes.items.map((q) => (
              <li key={q.href}>
                <blockquote className="font-serif text-lg">
                  <Link to={q.href} className="hover:underline">{q.text}</Link>
                </blockquote>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {q.headline}
                  {q.date && ` · ${formatDate(q.date)}`}
                </p>
              </li>
            ))}
          </ol>
        )}
        {!quotes.complete && <MoreRows shown={quotes.items.length} total={person.quoteCount} plural="quotes" onWant={quotes.more} loading={quotes.loading} error={quotes.error} />}
      </section>

      <section aria-labelledby="articles" className="mt-8">
        <h2 id="articles" className="font-serif text-2xl font-semibold">Articles that mention {person.name}</h2>
        <ArticleList articles={articles.items} />
        {!articles.complete && <MoreRows shown={articles.items.length} total={person.articleCount} plural="articles" onWant={articles.more} loading={articles.loading} error={articles.error} />}
      </section>
    </div>
  );
}
