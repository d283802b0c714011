import { useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { archiveQuery } from "../data/queries.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { FEED_FILE } from "../../build/feeds/paths.ts";
import { ArchiveList } from "./archive-list.tsx";

export function Component() {
  const { data: archive } = useSuspenseQuery(archiveQuery());
  useDocumentMeta("Archive", "IWPR bulletins, newest first, with every article's headline and summary.");
  return (
    <div>
      <h1 className="font-serif text-4xl font-semibold tracking-tight">Archive</h1>
      <p className="measure mt-2 font-serif text-lg text-stone-700 dark:text-stone-300">
        {archive.bulletins.length === 1 ? "One bulletin" : `${archive.bulletins.length} bulletins`}, newest first. <a href={`${import.meta.env.BASE_URL}${FEED_FILE}`} className="link">Atom feed</a>
      </p>
      <p className="measure mt-1 text-stone-700 dark:text-stone-300">
        Have bulletins saved as .txt files? <Link to="/import" className="link">Open your own bulletins</Link> — they are read in this browser and join the archive.
      </p>
      {archive.bulletins.length === 0 && (
        <p className="mt-8">No bulletins yet: put .txt bulletins in the <code>bulletins/</code> folder.</p>
      )}
      <ArchiveList bulletins={archive.bulletins} />
    </div>
  );
}
