/** A dated list of articles, for the person and place pages. */
import { Link } from "react-router";
import type { ArticleRef } from "../../search/entities.ts";

export function formatDay(date: string | null): string | null {
  if (!date) return null;
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export function ArticleList({ articles }: { articles: readonly ArticleRef[] }) {
  if (articles.length === 0) return <p className="mt-2 text-stone-600 dark:text-stone-400">None.</p>;
  return (
    <ul className="mt-2 space-y-2">
      {articles.map((a) => (
        <li key={a.href}>
          <Link to={a.href} className="link font-semibold">{a.headline}</Link>
          {formatDay(a.date) && <span className="text-sm text-stone-600 dark:text-stone-400"> · {formatDay(a.date)}</span>}
        </li>
      ))}
    </ul>
  );
}
