import { useMemo, useState } from "react";
import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { archivePageQuery, archiveQuery, wholeArchivePage } from "../data/queries.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { FEED_FILE } from "../../site-generator/feeds/paths.ts";
import { ArchiveList } from "./archive-list.tsx";

export function Component() {
  const { data: first } = useSuspenseQuery(archivePageQuery());
  // The whole index loads only when the reader scrolls past the bulletins the page has.
  const [wantAll, setWantAll] = useState(false);
  const all = useQuery({ ...archiveQuery(), enabled: wantAll && !first.complete });
  const page = useMemo(() => (all.data ? wholeArchivePage(all.data) : first), [all.data, first]);
  const count = page.articleCounts.length;
  useDocumentMeta("Archive", "IWPR bulletins, newest first, with every article's headline and summary.");
  return (
    <div>
      <h1 className="font-serif text-4xl font-semibold tracking-tight">Archive</h1>
      <p className="measure mt-2 font-serif text-lg text-stone-700 dark:text-stone-300">
        {count === 1 ? "One bulletin" : `${count} bulletins`}, newest first. <a href={`${import.meta.env.BASE_URL}${FEED_FILE}`} className="link">Atom feed</a>
      </p>
      <p className="measure mt-1 text-stone-700 dark:text-stone-300">
        Have bulletins saved as .txt files? <Link to="/import" className="link">Open your own bulletins</Link> — they are read in this browser and join the archive.
      </p>
      {count === 0 && <p className="mt-8">No bulletins yet: put .txt bulletins in the <code>bulletins/</code> folder.</p>}
      <ArchiveList
        bulletins={page.bulletins}
        articleCounts={page.articleCounts}
        onNeedMore={() => setWantAll(true)}
        moreError={all.error ? { message: all.error.message, retry: () => void all.refetch() } : null}
      />
    </div>
  );
}
