/**
 * The imported bulletins' side of search and of the person and place pages:
 * their people, places and search index, built in this browser the same way
 * the build builds the archive's (src/search/archive.ts). Imports are a few
 * bulletins, so this runs in the page's thread; Fuse and the builders load
 * only when there is something imported.
 *
 * Under the imports' query key: the import page's refresh after an add or a
 * removal (src/app/import/import-controller.ts) invalidates it.
 */
import { queryOptions } from "@tanstack/react-query";
import type { PersonEntity, PlaceEntity } from "../../search/entities.ts";
import type { SearchResults } from "../../search/query.ts";
import { importKeys, listImports } from "../import/imports-data.ts";

export interface ImportedSearch {
  people: PersonEntity[];
  places: PlaceEntity[];
  /** The built index's results for `query` with the imports' hits merged in. */
  mergeInto(built: SearchResults, query: string, limit?: number): SearchResults;
}

export const importedSearchKey = [...importKeys.all, "search"] as const;

export const importedSearchQuery = () =>
  queryOptions({
    queryKey: importedSearchKey,
    queryFn: async (): Promise<ImportedSearch | null> => {
      const { records } = await listImports();
      if (records.length === 0) return null;
      const [{ buildSearchArchive }, { SearchEngine, DEFAULT_GROUP_LIMIT }, { mergeResults }] = await Promise.all([
        import("../../search/archive.ts"),
        import("../../search/query.ts"),
        import("../../search/merge-imports.ts"),
      ]);
      const archive = buildSearchArchive(records.map((r) => r.bulletin));
      const engine = new SearchEngine(archive.index);
      return {
        people: archive.people,
        places: archive.places,
        mergeInto: (built, query, limit = DEFAULT_GROUP_LIMIT) => mergeResults(built, engine.search(query, { limit }), limit),
      };
    },
  });
