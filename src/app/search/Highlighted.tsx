/** Text with the query's hits wrapped in <mark>, as React text (never HTML). */
import { findHits, segments } from "../../search/highlight.ts";

export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {segments(text, findHits(text, query)).map((s, i) =>
        s.hit ? (
          <mark key={i} className="search-hit rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
