/** A dated list of articles, for the person and place pages. */
import { Link } from "react-router";
import type { ArticleRef } from "../../search/entities.ts";
import { formatDate } from "../lib/format.ts";

export function ArticleList({ articles }: { articles: readonly ArticleRef[] }) {
  if (articles.length === 0) return <p className="mt-2 text-stone-600 dark:text-stone-400">None.</p>;
  return (
    <ul className="mt-2 space-y-2">
      {articles.map((a) => (
        <li key={a.href}>
          <Link to={a.href} className="link font-semibold">{a.headline}</Link>
          {a.date && <span className="text-sm text-stone-600 dark:text-stone-400"> · {formatDate(a.date)}</span>}
        </li>
      ))}
    </ul>
  );
}
