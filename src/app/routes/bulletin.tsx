import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { bulletinQuery } from "../data/queries.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { articlePath, authorsLine, formatDate, issueLabel } from "../lib/format.ts";
import { Linkified } from "../import/Linkified.tsx";
import { BulletinDownloads } from "./bulletin-downloads.tsx";

/** A few damage notes are shown at once; a long list waits behind its disclosure. */
const WARNINGS_SHOWN_OPEN = 3;

export function Component() {
  const { bulletinId = "" } = useParams();
  const { data: b } = useSuspenseQuery(bulletinQuery(bulletinId));
  const label = issueLabel(b);
  const date = formatDate(b.date);
  useDocumentMeta(`${label}${date ? `, ${date}` : ""}`, `Contents of IWPR ${label}: ${b.articles.map((a) => a.headline).join("; ")}`);
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

      <h2 className="mt-8 font-serif text-2xl font-semibold">Contents</h2>
      <ol className="mt-4 space-y-6">
        {b.articles.map((a) => (
          <li key={a.slug}>
            {a.section && <p className="text-xs font-semibold uppercase tracking-wider text-accent dark:text-accent-dark">{a.section}</p>}
            <h3 className="font-serif text-xl font-semibold">
              <Link to={articlePath(b.id, a.slug)} className="hover:underline">{a.headline}</Link>
            </h3>
            <p className="mt-1 font-serif text-stone-700 dark:text-stone-300">{a.summary}</p>
            {a.authors.length > 0 && <p className="text-sm text-stone-600 dark:text-stone-400">By {authorsLine(a.authors)}</p>}
          </li>
        ))}
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
