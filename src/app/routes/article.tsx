import { useMemo, useState } from "react";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import { bulletinQuery } from "../data/queries.ts";
import { NotFoundError } from "../data/errors.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { useClientValue } from "../hooks/useClientValue.ts";
import { useHashTarget } from "../hooks/useHashTarget.ts";
import { useKeyboardShortcuts } from "../hooks/useKeyboardShortcuts.ts";
import { buildArticleModel } from "../lib/article-model.ts";
import { articlePath, authorsLine, bulletinPath, formatDate, issueLabel } from "../lib/format.ts";
import { ArticleContext, type ArticleContextValue } from "../components/article-context.ts";
import { ParagraphView } from "../components/ParagraphView.tsx";
import { ShareButton } from "../components/ShareButton.tsx";
import { SidePanels } from "../components/SidePanels.tsx";
import { SearchHits } from "../search/SearchHits.tsx";

export function Component() {
  const { bulletinId = "", slug = "" } = useParams();
  const { data: bulletin } = useSuspenseQuery(bulletinQuery(bulletinId));
  const model = useMemo(() => buildArticleModel(bulletin, slug), [bulletin, slug]);
  // The loader checked the slug; a dev-time edit of the .txt can still remove the article.
  if (!model) throw new NotFoundError(`There is no article “${slug}” in this bulletin.`, slug);
  return <ArticlePage key={`${bulletinId}/${slug}`} value={{ bulletin, model, selectedPersonId: null }} />;
}

function ArticlePage({ value }: { value: ArticleContextValue }) {
  const { bulletin, model } = value;
  const { article } = model;
  const [selectedPersonId, setSelectedPersonId] = useState<string | null>(null);
  const navigate = useNavigate();
  const ctx = useMemo(() => ({ ...value, selectedPersonId }), [value, selectedPersonId]);
  const label = issueLabel(bulletin);
  const date = formatDate(article.issueTag?.date ?? bulletin.date);
  const path = articlePath(bulletin.id, article.slug);

  useDocumentMeta(article.headline, article.summary);
  useHashTarget(true);
  useKeyboardShortcuts({
    j: () => model.next && navigate(articlePath(bulletin.id, model.next.slug)),
    k: () => model.previous && navigate(articlePath(bulletin.id, model.previous.slug)),
  });

  return (
    <ArticleContext.Provider value={ctx}>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <article aria-labelledby="headline" className="min-w-0">
          <div className="measure pl-7 sm:pl-0">
            <nav aria-label="Breadcrumb" className="text-sm text-stone-600 dark:text-stone-400">
              <Link to="/" className="link">Archive</Link> / <Link to={bulletinPath(bulletin.id)} className="link">{label}</Link>
            </nav>
            {article.section && <p className="mt-4 text-xs font-semibold uppercase tracking-wider text-accent dark:text-accent-dark">{article.section}</p>}
            <h1 id="headline" className="mt-2 font-serif text-4xl font-semibold leading-tight tracking-tight">{article.headline}</h1>
            <p className="mt-3 font-serif text-xl text-stone-700 dark:text-stone-300">{article.summary}</p>
            <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-y border-stone-200 py-3 text-sm dark:border-stone-800">
              <div>
                {article.authors.length > 0 && <p className="font-semibold">By {authorsLine(article.authors)}</p>}
                <p className="text-stone-600 dark:text-stone-400">
                  {date ?? "Date unknown"} · IWPR {label}
                  {article.issueTag && article.issueTag.number !== bulletin.issue && article.issueTag.number !== null && ` (${article.issueTag.code} No. ${article.issueTag.number})`}
                </p>
              </div>
              <ShareButton title={article.headline} path={path} />
            </div>
            <p className="print-only mt-2 text-sm">Source: IWPR {label}{date ? `, ${date}` : ""} — <PageUrl path={path} /></p>

            <SearchHits />
            <div className="prose-reader mt-6">
              {article.paragraphs.map((p) => (
                <ParagraphView key={p.id} paragraph={p} annotations={model.annotations.get(p.id) ?? []} />
              ))}
              {article.authorNote && <p className="mt-6 border-t border-stone-200 pt-4 italic text-stone-700 dark:border-stone-800 dark:text-stone-300">{article.authorNote}</p>}
            </div>

            <nav aria-label="Previous and next article" className="no-print mt-10 grid gap-4 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-800">
              {model.previous ? (
                <Link to={articlePath(bulletin.id, model.previous.slug)} rel="prev" className="group block">
                  <span className="text-xs uppercase tracking-wider text-stone-500 dark:text-stone-400">← Previous (k)</span>
                  <span className="block font-serif text-lg font-semibold group-hover:underline">{model.previous.headline}</span>
                </Link>
              ) : <span />}
              {model.next && (
                <Link to={articlePath(bulletin.id, model.next.slug)} rel="next" className="group block sm:text-right">
                  <span className="text-xs uppercase tracking-wider text-stone-500 dark:text-stone-400">Next (j) →</span>
                  <span className="block font-serif text-lg font-semibold group-hover:underline">{model.next.headline}</span>
                </Link>
              )}
            </nav>
          </div>
        </article>
        <div className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto">
          <SidePanels onSelectPerson={setSelectedPersonId} />
        </div>
      </div>
    </ArticleContext.Provider>
  );
}

/**
 * The page's full address, for print. The prerendered HTML cannot know its
 * origin: the path alone until hydrated. A leaf of its own, so that filling the
 * origin in re-renders this text only, not the article.
 */
function PageUrl({ path }: { path: string }) {
  const origin = useClientValue(() => window.location.origin, "");
  return <>{origin}{path}</>;
}
