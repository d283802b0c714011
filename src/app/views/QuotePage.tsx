/**
 * /quotes/:bulletinId/:slug/:quoteId: one quote, to share. Its prerendered
 * page previews as the quote and its speaker (src/site-generator/prerender/pages.ts
 * `quotePage`); here it stands with its paragraph and a link to its place in
 * the article. Reads the bulletin's own file, as the article page does.
 */
import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { bulletinQuery } from "../data/queries.ts";
import { NotFoundError } from "../data/errors.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { articlePath, formatDate, issueLabel } from "../lib/format.ts";
import { archivePersonId } from "../../search/entities.ts";
import { archiveQuoteLabel } from "../../views/quote-label.ts";

export function Component() {
  const { bulletinId = "", slug = "", quoteId = "" } = useParams();
  const { data: bulletin } = useSuspenseQuery(bulletinQuery(bulletinId));
  const article = bulletin.articles.find((a) => a.slug === slug);
  const quote = article?.quotes.find((q) => q.id === quoteId);
  if (!article || !quote) throw new NotFoundError(`There is no quote “${quoteId}” in this article.`, quoteId);
  const paragraph = article.paragraphs.find((p) => p.id === quote.paragraphId);
  const date = formatDate(article.issueTag?.date ?? bulletin.date);
  const label = archiveQuoteLabel(quote.speaker.name, article.headline, date);
  useDocumentMeta(label.headline(quote.text), label.description(quote.text));
  const person = quote.speaker.personId ? bulletin.people.find((p) => p.id === quote.speaker.personId) : undefined;
  const personId = person ? archivePersonId(bulletin.id, person) : null;
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600 dark:text-stone-400">
        <Link to="/quotes" className="link">Quotes</Link> / {issueLabel(bulletin)}
      </nav>
      <figure className="mt-4">
        <blockquote className="font-serif text-3xl leading-snug">
          <h1>“{quote.text}”</h1>
        </blockquote>
        <figcaption className="mt-4 text-lg">
          —{" "}
          {personId ? (
            <Link to={`/people/${personId}`} className="link">
              {quote.speaker.name}
            </Link>
          ) : (
            quote.speaker.name
          )}
        </figcaption>
      </figure>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        In <Link to={`${articlePath(bulletin.id, article.slug)}#${quote.id}`} className="link font-semibold">{article.headline}</Link>
        {date && `, ${date}`} · IWPR {issueLabel(bulletin)}
      </p>
      {paragraph && (
        <section aria-labelledby="context" className="mt-8">
          <h2 id="context" className="text-sm font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">The paragraph</h2>
          <p className="mt-2 font-serif text-lg text-stone-800 dark:text-stone-200">{paragraph.text}</p>
          <p className="mt-2 text-sm">
            <Link to={`${articlePath(bulletin.id, article.slug)}#${paragraph.id}`} className="link">Read it in the article</Link>
          </p>
        </section>
      )}
    </div>
  );
}
