/**
 * The bulletin page's "Data" section: the bulletin as JSON and its quotes and
 * statistics as CSV, as plain download links to the files the build writes
 * (src/site-generator/feeds/paths.ts, src/site-generator/data-paths.ts).
 *
 * A bulletin imported in this browser has no files on the server: its JSON is
 * offered from memory through a Blob URL, and the CSV links are left out.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { bulletinFile } from "../../site-generator/data-paths.ts";
import { quotesCsvFile, statisticsCsvFile } from "../../site-generator/feeds/paths.ts";
import type { Bulletin } from "../../parser/model/index.ts";
import { importedBulletin, importKeys } from "../import/imports-data.ts";

const siteUrl = (file: string) => `${import.meta.env.BASE_URL}${file}`;
const fileName = (file: string) => file.slice(file.lastIndexOf("/") + 1);

export interface DownloadLink {
  href: string;
  /** The name the browser saves it under. */
  download: string;
  label: string;
}

/** The links for a bulletin shipped with the site. */
export function siteDownloads(bulletinId: string): DownloadLink[] {
  return [
    [bulletinFile(bulletinId), "Bulletin (JSON)"],
    [quotesCsvFile(bulletinId), "Quotes (CSV)"],
    [statisticsCsvFile(bulletinId), "Statistics (CSV)"],
  ].map(([file, label]) => ({ href: siteUrl(file!), download: fileName(file!), label: label! }));
}

function useBlobUrl(bulletin: Bulletin, enabled: boolean): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const made = URL.createObjectURL(new Blob([JSON.stringify(bulletin)], { type: "application/json" }));
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [bulletin, enabled]);
  return url;
}

export function BulletinDownloads({ bulletin }: { bulletin: Bulletin }) {
  const imported = useQuery({
    queryKey: [...importKeys.all, "has", bulletin.id],
    queryFn: async () => (await importedBulletin(bulletin.id)) !== undefined,
  });
  const isImported = imported.data === true;
  const blobUrl = useBlobUrl(bulletin, isImported);

  let links: DownloadLink[];
  if (imported.isPending) links = [];
  else if (isImported) links = blobUrl ? [{ href: blobUrl, download: `${bulletin.id}.json`, label: "Bulletin (JSON)" }] : [];
  else links = siteDownloads(bulletin.id);

  return (
    <section aria-labelledby="data" className="mt-10">
      <h2 id="data" className="font-serif text-2xl font-semibold">Data</h2>
      {isImported && (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          You imported this bulletin in this browser, so only its JSON is available to download.
        </p>
      )}
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {links.map((l) => (
          <li key={l.label}>
            <a href={l.href} download={l.download} className="link">{l.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
