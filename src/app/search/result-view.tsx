/** How one hit reads in the search box and on the results page: title, context line. */
import type { GroupKind, SearchRecord } from "../../search/records.ts";
import { findHits } from "../../search/highlight.ts";
import { withQuery } from "../../search/links.ts";
import { Highlighted } from "./Highlighted.tsx";
import { formatShortDate } from "../lib/format.ts";

export const GROUP_LABELS: Record<GroupKind, string> = {
  person: "People",
  place: "Places",
  quote: "Quotes",
  article: "Articles",
};

/** Where choosing a hit leads: articles and quotes carry the query, to highlight it there. */
export function hitHref(record: SearchRecord, query: string): string {
  return record.kind === "quote" || record.kind === "article" ? withQuery(record.href, query) : record.href;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function hitContext(record: SearchRecord): string {
  switch (record.kind) {
    case "person":
      return [record.role, plural(record.quoteCount, "quote")].filter(Boolean).join(" · ");
    case "place":
      return record.country ?? "Country unknown";
    case "quote":
      return [record.speaker, record.headline, formatShortDate(record.date)].filter(Boolean).join(" · ");
    case "article":
      return [record.authors.join(", "), formatShortDate(record.date)].filter(Boolean).join(" · ");
  }
}

export function HitTitle({ record, query }: { record: SearchRecord; query: string }) {
  switch (record.kind) {
    case "person":
    case "place": {
      const other = record.aliases.find((a) => !record.name.includes(a) && findsAlias(a, query));
      return (
        <>
          <Highlighted text={record.name} query={query} />
          {other && (
            <span className="text-stone-500 dark:text-stone-400">
              {" "}
              (<Highlighted text={other} query={query} />)
            </span>
          )}
        </>
      );
    }
    case "quote":
      return <Highlighted text={record.text} query={query} />;
    case "article":
      return <Highlighted text={record.headline} query={query} />;
  }
}

/** Show the spelling the reader typed when it is not the display name (typed Ust-Kamenogorsk, see Oskemen). */
function findsAlias(alias: string, query: string): boolean {
  return findHits(alias, query).length > 0;
}
