import { Link } from "react-router";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";

export function NotFoundPage({ message }: { message?: string }) {
  useDocumentMeta("Page not found", "There is no page at this address.");
  return (
    <div className="measure py-10">
      <p className="text-sm font-semibold uppercase tracking-wider text-stone-500 dark:text-stone-400">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Page not found</h1>
      <p className="mt-4 font-serif text-lg">{message ?? "There is no page at this address. The link may be mistyped, or the bulletin it pointed to is no longer in the archive."}</p>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <Link to="/" className="btn">
          Go to the archive
        </Link>
        <form role="search" action="/search" method="get" className="flex items-center gap-2" aria-label="Search the archive">
          <label htmlFor="not-found-search" className="text-sm">
            or search
          </label>
          <input id="not-found-search" type="search" name="q" className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm dark:border-stone-600 dark:bg-stone-900" />
          <button className="btn">Search</button>
        </form>
      </div>
    </div>
  );
}
