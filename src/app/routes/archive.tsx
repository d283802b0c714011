import { useCallback, useMemo, useState } from "react";
import { useQueries, useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { archivePageQuery, archivePieceQuery, type ArchivePage } from "../data/queries.ts";
import { piecesUpTo } from "../../site-generator/archive-index.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { FEED_FILE } from "../../site-generator/feeds/paths.ts";
import { ArchiveList } from "./archive-list.tsx";

export function Component() {
  const { data: first } = useSuspenseQuery(archivePageQuery());
  // The index's pieces load only as the reader scrolls past the bulletins the page has: those up to the last row in view.
  const [wanted, setWanted] = useState(0);
  const onNeedMore = useCallback((upTo: number) => setWanted((n) => Math.max(n, piecesUpTo(first.pieces, upTo))), [first.pieces]);
  const pieces = useQueries({ queries: first.pieces.slice(0, wanted).map((p) => archivePieceQuery(p.file)) });
  const ready = pieces.findIndex((q) => !q.data);
  const read = ready === -1 ? pieces.length : ready;
  const readKey = pieces
    .slice(0, read)
    .map((q) => q.dataUpdatedAt)
    .join();
  const page = useMemo((): ArchivePage => {
    if (read === 0) return first;
    const bulletins = pieces.slice(0, read).flatMap((q) => q.data?.bulletins ?? []);
    return { ...first, bulletins, complete: bulletins.length >= first.articleCounts.length };
    // `readKey` stands for the pieces read: `pieces` is a new array at every render.
  }, [readKey, first]);
  const failed = pieces.find((q) => q.error);
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
        onNeedMore={onNeedMore}
        moreError={failed?.error ? { message: failed.error.message, retry: () => void failed.refetch() } : null}
      />
    </div>
  );
}
