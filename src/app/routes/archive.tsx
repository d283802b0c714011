import { useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { archiveQuery } from "../data/queries.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { articlePath, authorsLine, bulletinPath, formatDate, issueLabel } from "../lib/format.ts";

export function Component() {
  const { data: archive } = useSuspenseQuery(archiveQuery());
  useDocumentMeta("Archive", "IWPR bulletins, newest first, with every article's headline and summary.");
  return (
    <div>
      <h1 className="font-serif text-4xl font-semibold tracking-tight">Archive</h1>
      <p className="measure mt-2 font-serif text-lg text-stone-700 dark:text-stone-300">
        {archive.bulletins.length === 1 ? "One bulletin" : `${archive.bulletins.length} bulletins`}, newest first.
      </p>
      <p className="measure mt-1 text-stone-700 dark:text-stone-300">
        Have bulletins saved as .txt files? <Link to="/import" className="link">Open your own bulletins</Link> — they are read in this browser and join the archive.
      </p>
      {archive.bulletins.length === 0 && (
        <p className="mt-8">No bulletins yet: put .txt bulletins in the <code>bulletins/</code> folder.</p>
      )}
      <ol className="mt-8 space-y-12">
        {archive.bulletins.map((b) => (
          <li key={b.id}>
            <section aria-labelledby={`b-${b.id}`}>
              <div className="border-b border-stone-300 pb-2 dark:border-stone-700">
                <h2 id={`b-${b.id}`} className="font-serif text-2xl font-semibold">
                  <Link to={bulletinPath(b.id)} className="hover:underline">
                    {issueLabel(b)}
                  </Link>
                </h2>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {formatDate(b.date) ?? "Date unknown"} · {b.articles.length} {b.articles.length === 1 ? "article" : "articles"}
                  {b.warningCount > 0 && ` · ${b.warningCount} damage ${b.warningCount === 1 ? "note" : "notes"}`}
                </p>
              </div>
              <ul className="mt-4 grid gap-6 md:grid-cols-2">
                {b.articles.map((a) => (
                  <li key={a.slug}>
                    <article>
                      {a.section && <p className="text-xs font-semibold uppercase tracking-wider text-accent dark:text-accent-dark">{a.section}</p>}
                      <h3 className="font-serif text-xl font-semibold leading-snug">
                        <Link to={articlePath(b.id, a.slug)} className="hover:underline">
                          {a.headline}
                        </Link>
                      </h3>
                      <p className="mt-1 font-serif text-stone-700 dark:text-stone-300">{a.summary}</p>
                      {a.authors.length > 0 && <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">By {authorsLine(a.authors)}</p>}
                    </article>
                  </li>
                ))}
              </ul>
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
