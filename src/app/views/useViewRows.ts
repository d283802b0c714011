/**
 * The rows a view has now: the head's first rows, the pieces read so far
 * (paging), or every piece a filter needs, with the imported bulletins'
 * rows merged in (the view then reads every piece: an imported person or
 * quote may belong anywhere in the order). Export asks for the rows its
 * filter needs, fetching the pieces the view has not read.
 */
import { useQuery, useQueryClient, type UseQueryOptions } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { ViewRows } from "../../views/build.ts";
import type { NumberRow, PersonRow, QuoteRow, ViewArticle, ViewPlace } from "../../views/model.ts";
import { joinPieces, piecesFor, type PeoplePiece, type PieceRef, type RowsPiece } from "../../views/pieces.ts";
import type { SpanFilter } from "../../views/filters.ts";
import { mergePeople, mergeRows } from "../../views/merge.ts";
import { importedViewRowsQuery } from "./views-data.ts";
import { usePieces } from "../hooks/usePieces.ts";

export interface RowsData<R> {
  articles: ViewArticle[];
  places: ViewPlace[];
  rows: R[];
}

interface Options<P, D> {
  pieces: readonly PieceRef[];
  query: (file: string) => UseQueryOptions<P, Error, P, any>;
  /** The URL's filter; null when the view is unfiltered in its default order. */
  filter: (SpanFilter & { unit?: string }) | null;
  /** Whether bulletins are imported here. */
  imports: boolean;
  join: (pieces: readonly P[]) => D;
  merge: (built: D, imported: ViewRows) => D;
}

export interface ViewData<D> {
  /** The rows read so far (paging) or every row the filter needs; null: none yet (the head stands in). */
  data: D | null;
  /** `data` holds every row the view can show. */
  complete: boolean;
  loading: boolean;
  error: Error | null;
  /** Paging: read the next piece. */
  more: () => void;
  /** Every row `filter` could match, fetched as needed: what export writes. */
  whole: () => Promise<D>;
}

const every = (pieces: readonly PieceRef[]) => pieces.map((_, i) => i);

function useViewData<P, D>({ pieces, query, filter, imports, join, merge }: Options<P, D>): ViewData<D> {
  const files = useMemo(() => pieces.map((p) => p.file), [pieces]);
  const needed = useMemo(() => (imports ? every(pieces) : filter ? piecesFor(pieces, filter) : null), [imports, filter, pieces]);
  const queryClient = useQueryClient();
  const got = usePieces(files, query, needed);
  const imported = useQuery({ ...importedViewRowsQuery(), enabled: imports });
  const data = useMemo(() => {
    if (!got.pieces || (got.pieces.length === 0 && !got.complete)) return null;
    const joined = join(got.pieces);
    if (!imports) return joined;
    if (imported.isPending) return null;
    return imported.data ? merge(joined, imported.data) : joined;
  }, [got.pieces, got.complete, join, imports, imported.isPending, imported.data, merge]);
  const { fetch, more } = got;
  const whole = useCallback(async () => {
    const [read, rows] = await Promise.all([fetch(imports || !filter ? every(pieces) : piecesFor(pieces, filter)), imports ? queryClient.fetchQuery(importedViewRowsQuery()) : null]);
    const joined = join(read);
    return rows ? merge(joined, rows) : joined;
  }, [fetch, imports, filter, pieces, join, merge, queryClient]);
  return {
    data,
    complete: got.complete && data !== null,
    loading: got.loading || (imports && imported.isPending),
    error: got.error ?? imported.error,
    more,
    whole,
  };
}

const joinRows = <R extends QuoteRow | NumberRow>(pieces: ReadonlyArray<RowsPiece<R>>): RowsData<R> => joinPieces(pieces);
const mergeQuotes = (built: RowsData<QuoteRow>, imported: ViewRows) => mergeRows(built, { ...imported, rows: imported.quotes });
const mergeNumbers = (built: RowsData<NumberRow>, imported: ViewRows) => mergeRows(built, { ...imported, rows: imported.numbers });
const joinPeople = (pieces: readonly PeoplePiece[]): PersonRow[] => pieces.flatMap((p) => p.rows);
const mergePeopleRows = (built: PersonRow[], imported: ViewRows) => mergePeople(built, imported.people);

type Common<P> = Omit<Options<P, never>, "join" | "merge">;

export const useQuoteRows = (o: Common<RowsPiece<QuoteRow>>) => useViewData({ ...o, join: joinRows<QuoteRow>, merge: mergeQuotes });
export const useNumberRows = (o: Common<RowsPiece<NumberRow>>) => useViewData({ ...o, join: joinRows<NumberRow>, merge: mergeNumbers });
export const usePeopleRows = (o: Common<PeoplePiece>) => useViewData({ ...o, join: joinPeople, merge: mergePeopleRows });
