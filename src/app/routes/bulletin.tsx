import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { bulletinQuery } from "../data/queries.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { articlePath, authorsLine, formatDate, issueLabel } from "../lib/format.ts";
import { Linkified } from "../import/Linkified.tsx";
import { contentsItems } from "../lib/contents-model.ts";
import { BulletinDownloads } from "./bulletin-downloads.tsx";

/** A few damage notes are shown at once; a long list waits behind its disclosure. */
const WARNINGS_SHOWN_OPEN = 3;

export function Component() {
  const { bulletinId = "" } = useParams();
  const { data: b } = useSuspenseQuery(bulletinQuery(bulletinId));
  const label = issueLabel(b);
  const date = formatDate(b.date);
  const contents = contentsItems(b);
  const headlines = contents.map((item) => (item.kind === "article" ? item.article.headline : item.headline)).filter((h) => h !== null);
  // What this copy lacks is said beside the contents, not only among the damage notes.
  const missingText = b.warnings.filter((w) => w.kind === "missing-text");
  useDocumentMeta(`${label}${date ? `, ${date}` : ""}`, `Contents of IWPR ${label}: ${headlines.join("; ")}`);
  return (
    <div className="measure">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600 dark:text-stone-400">
        <Link to="/" className="link">Archive</Link> / <span aria-current="page">{label}</span>
      </nav>
      <h1 className="mt-3 font-serif text-4xl font-semibold tracking-tight">{label}</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">{date ?? "Date unknown"}</p>
      {b.title && <p className="mt-2 font-mono text-xs text-stone-500 dark:text-stone-400">{b.title}</p>}

      {b.warnings.length > 0 && (
        <section aria-labelledby="damage" className="mt-6 rounded-lg border border-amber-400 bg-amber-50 p-4 dark:border-amber-600 dark:bg-amber-950/40">
          <h2 id="damage" className="font-semibold">Damage in the source file</h2>
          <p className="text-sm">This copy of the bulletin was damaged before it reached us. The reader repaired what it could; the rest is marked in the articles.</p>
          <details open={b.warnings.length <= WARNINGS_SHOWN_OPEN} className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium">
            {b.warnings.length === 1 ? "1 note" : `${b.warnings.length} notes`} on what was repaired or lost
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {b.warnings.map((w, i) => (
              <li key={i}>
                {w.message}
                {w.line !== null && <span className="text-stone-600 dark:text-stone-400"> (line {w.line})</span>}
              </li>
            ))}
          </ul>
          </details>
        </section>
      )}

      <h2 id="contents" className="mt-8 font-serif text-2xl font-semibold">Contents</h2>
      {missingText.map((w, i) => (
        <p key={i} className="mt-2 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950/40" data-testid="missing-text">
          {w.message}
        </p>
      ))}
      <ol aria-labelledby="contents" className="mt-4 space-y-6">
        {contents.map((item, i) =>
          item.kind === "article" ? (
            <li key={item.article.slug}>
              {item.article.section && <p className="text-xs font-semibold uppercase tracking-wider text-accent dark:text-accent-dark">{item.article.section}</p>}
              <h3 className="font-serif text-xl font-semibold">
                <Link to={articlePath(b.id, item.article.slug)} className="hover:underline">{item.article.headline}</Link>
              </h3>
              <p className="mt-1 font-serif text-stone-700 dark:text-stone-300">{item.article.summary}</p>
              {item.article.authors.length > 0 && <p className="text-sm text-stone-600 dark:text-stone-400">By {authorsLine(item.article.authors)}</p>}
            </li>
          ) : (
            <li key={`missing-${i}`} data-testid="contents-entry-missing">
              {item.entry.section && <p className="text-xs font-semibold uppercase tracking-wider text-accent dark:text-accent-dark">{item.entry.section}</p>}
              <h3 className="font-serif text-xl font-semibold">{item.headline ?? <span className="italic">Headline lost in this copy</span>}</h3>
              {item.entry.summary && <p className="mt-1 font-serif text-stone-700 dark:text-stone-300">{item.entry.summary}</p>}
              {item.entry.byline && <p className="text-sm text-stone-600 dark:text-stone-400">{item.entry.byline}</p>}
              <p className="mt-1 text-sm font-medium text-amber-800 dark:text-amber-300">Text not in this copy</p>
            </li>
          ),
        )}
      </ol>

      {b.newsBriefs.length > 0 && (
        <section aria-labelledby="briefs" className="mt-10">
          <h2 id="briefs" className="font-serif text-2xl font-semibold">News briefs</h2>
          <ul className="mt-3 space-y-2 font-serif">
            {b.newsBriefs.map((n) => (
              <li key={n.id} id={n.id}><strong>{n.dateText}</strong> {n.text}</li>
            ))}
          </ul>
        </section>
      )}

      <BulletinDownloads bulletin={b} />

      {b.boilerplate.length > 0 && (
        <details className="mt-10 rounded-lg border border-stone-200 p-4 dark:border-stone-800">
          <summary className="cursor-pointer font-semibold">About this bulletin: links, masthead and contacts</summary>
          <div className="mt-3 space-y-4">
            {b.boilerplate.map((block, i) => (
              <pre key={i} className="whitespace-pre-wrap font-mono text-xs text-stone-700 dark:text-stone-300"><Linkified text={block.text} /></pre>
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
