/**
 * The views' files of an archive made from those of the last build, when
 * only the words of a few bulletins changed (src/emit-cache/emit-structure.ts).
 * Of the rows, those words are in a quote's text (Quotes) and a figure's
 * sentence (Numbers); People and Places are counts and names, the same.
 * A changed row changes its piece, and its size may move where the pieces
 * after it are cut (`cutRows`): those are cut again, as the emitter cuts,
 * until a piece starts where one started before with no changed row past
 * it. The head names the pieces and shows the first rows; its other fields
 * (counts, choices, top speakers) are the structure's. Anything that does
 * not add up gives up the patch: the emitter then runs in full.
 */
import type { Bulletin } from "../parser/model/index.ts";
import type { EmitPatch } from "../emit-cache/emit-cache.ts";
import { PatchFiles } from "../emit-cache/kept-files.ts";
import { articleDate } from "../search/entities.ts";
import { hashedDataFile } from "../site-generator/hashed-file.ts";
import { NUMBERS_HEAD_FILE, QUOTES_HEAD_FILE, type NumbersHead, type QuotesHead } from "./head.ts";
import { PLACES_VIEW_FILE, VIEWS_VERSION, type NumberRow, type PlacesViewData, type QuoteRow, type ViewArticle, type ViewPlace } from "./model.ts";
import { PIECE_MAX_BYTES, PIECE_OVERHEAD, pieceRef, rowItems, runKey, subset, type PieceRef, type RowsPiece } from "./pieces.ts";
import { endsRun } from "../site-generator/pieces.ts";
import { sentenceAround } from "./sentence.ts";

/** The kept files cannot be patched into exactly what the emitter would make. */
class CannotPatch extends Error {}

function sourceOf(files: PatchFiles, fileName: string): string {
  const source = files.get(fileName);
  if (source === undefined) throw new CannotPatch(`${fileName} is not kept`);
  return source;
}

/** The views' files of `bulletins` from `kept`, those of the same archive before the words of `changed` changed; null when they cannot be made so. */
export const patchViewsFiles: EmitPatch = (kept, bulletins, changed) => {
  // A file not patched is given back as it was, its text not read unless the patch reads it.
  const files = new PatchFiles(kept);
  try {
    const archive = archiveIndexes(files, bulletins);
    const quoteTexts = new Map<string, string>();
    const sentences = new Map<string, string>();
    for (const b of bulletins) {
      if (!changed.has(b.id)) continue;
      for (const art of b.articles) {
        for (const q of art.quotes) once(quoteTexts, rowKey(b.id, art.slug, q.id), q.text);
        const textOf = new Map(art.paragraphs.map((p) => [p.id, p.text]));
        for (const s of art.statistics) once(sentences, rowKey(b.id, art.slug, s.id), sentenceAround(textOf.get(s.paragraphId) ?? "", s.start, s.end));
      }
    }
    const patchQuote = (r: QuoteRow) => {
      const text = quoteTexts.get(rowKey(r.b, r.s, r.q));
      if (text === undefined || text === r.text) return false;
      r.text = text;
      return true;
    };
    const patchNumber = (r: NumberRow) => {
      const sentence = sentences.get(rowKey(r.b, r.s, r.id));
      if (sentence === undefined || sentence === r.sentence) return false;
      r.sentence = sentence;
      return true;
    };
    patchView<QuoteRow>(files, "quotes", QUOTES_HEAD_FILE, archive, changed, patchQuote);
    patchView<NumberRow>(files, "numbers", NUMBERS_HEAD_FILE, archive, changed, patchNumber);
  } catch (error) {
    if (error instanceof CannotPatch) return null;
    throw error;
  }
  return files.files();
};

const rowKey = (bulletinId: string, slug: string, id: string) => `${bulletinId}\0${slug}\0${id}`;

/** Sets `key` once: two rows of one key with other words could not be told apart. */
function once(map: Map<string, string>, key: string, value: string): void {
  const had = map.get(key);
  if (had !== undefined && had !== value) throw new CannotPatch(`two rows ${key}`);
  map.set(key, value);
}

/** Where each article and place is in the whole view's lists (`buildViewRows`), which rows index. */
interface ArchiveIndexes {
  article: Map<string, number>;
  place: Map<string, number>;
}

function archiveIndexes(files: PatchFiles, bulletins: readonly Bulletin[]): ArchiveIndexes {
  // By the article as a piece holds it: a bulletin may have two articles of one slug (a parser's slip), told apart by their headline.
  const article = new Map<string, number>();
  let n = 0;
  for (const b of bulletins) {
    for (const a of b.articles) {
      const key = articleKey({ b: b.id, s: a.slug, h: a.headline, d: articleDate(b, a), sr: b.seriesCode });
      article.set(key, article.has(key) ? AMBIGUOUS : n);
      n++;
    }
  }
  // The views' places are the archive's, in the order of the Places view's rows (src/views/emit.ts).
  const places = (JSON.parse(sourceOf(files, PLACES_VIEW_FILE)) as PlacesViewData).places;
  return { article, place: new Map(places.map((p, i) => [p.id, i])) };
}

/** Two articles alike in every field a row shows: which one a row points at is not in the files. */
const AMBIGUOUS = -1;

const articleKey = (a: ViewArticle) => JSON.stringify([a.b, a.s, a.h, a.d, a.sr]);

/**
 * One view's pieces and head, its rows of the `changed` bulletins patched
 * by `patchRow` (which says whether it changed the row).
 */
function patchView<R extends QuoteRow | NumberRow>(
  files: PatchFiles,
  view: string,
  headFile: string,
  archive: ArchiveIndexes,
  changed: ReadonlySet<string>,
  patchRow: (row: R) => boolean,
): void {
  const head = JSON.parse(sourceOf(files, headFile)) as QuotesHead | NumbersHead;
  const refs = head.pieces;
  const marks = [...changed].map((id) => `"b":${JSON.stringify(id)}`);
  const holds = refs.map((ref) => {
    if (!files.has(ref.file)) throw new CannotPatch(`${ref.file} is not kept`);
    return marks.some((m) => files.includes(ref.file, m));
  });
  const first = holds.indexOf(true);
  if (first < 0) return;
  const lastHeld = holds.lastIndexOf(true);

  // The whole view's articles and places by their index there, as far as the pieces cut again name them.
  const articles: ViewArticle[] = [];
  const places: ViewPlace[] = [];
  const articleBytes = new Map<number, number>();
  const placeBytes = new Map<number, number>();
  /** A piece's row as the whole view's, and its size as `cutRows` counts it. */
  const whole = (piece: RowsPiece<R>, row: R): { row: R; size: number } => {
    const article = piece.articles[row.a] as ViewArticle;
    const a = archive.article.get(articleKey(article));
    if (a === undefined || a === AMBIGUOUS) throw new CannotPatch(`no one article ${article.b}/${article.s}`);
    if (!articleBytes.has(a)) articleBytes.set(a, JSON.stringify((articles[a] = article)).length + 1);
    const pl = row.pl.map((i) => {
      const place = piece.places[i] as ViewPlace;
      const index = archive.place.get(place.id);
      if (index === undefined) throw new CannotPatch(`no place ${place.id}`);
      if (!placeBytes.has(index)) placeBytes.set(index, JSON.stringify((places[index] = place)).length + 1);
      return index;
    });
    const out = { ...row, a, pl };
    patchRow(out);
    return { row: out, size: JSON.stringify(out).length + 1 + (articleBytes.get(a) as number) + pl.reduce((n, i) => n + (placeBytes.get(i) as number), 0) };
  };

  // Cut again as `cutRows` does (`cutRuns`), from the first piece holding a changed row.
  const maxBytes = PIECE_MAX_BYTES - PIECE_OVERHEAD;
  const madeRefs: PieceRef[] = refs.slice(0, first);
  let run: R[] = [];
  let bytes = 0;
  const flush = () => {
    const piece: RowsPiece<R> = { version: VIEWS_VERSION, ...subset(run, articles, places) };
    const source = JSON.stringify(piece);
    const fileName = hashedDataFile(view, source);
    files.set(fileName, source);
    madeRefs.push(pieceRef(fileName, piece.rows.length, rowItems(piece)));
    run = [];
    bytes = 0;
  };
  let rest = refs.length;
  for (let i = first; i < refs.length; i++) {
    const piece = JSON.parse(sourceOf(files, (refs[i] as PieceRef).file)) as RowsPiece<R>;
    const rows = piece.rows.map((row) => whole(piece, row));
    // A piece that started a run before, with nothing changed from it on, and a run that ends before it: the rest is as it was.
    if (i > lastHeld && rows.length > 0 && (run.length === 0 || bytes + (rows[0] as { size: number }).size > maxBytes)) {
      if (run.length > 0) flush();
      rest = i;
      break;
    }
    for (const { row, size } of rows) {
      if (run.length > 0 && bytes + size > maxBytes) flush();
      run.push(row);
      bytes += size;
      if (endsRun(bytes, size, runKey(row), maxBytes)) flush();
    }
  }
  if (run.length > 0) flush();
  madeRefs.push(...refs.slice(rest));
  const named = new Set(madeRefs.map((r) => r.file));
  for (const ref of refs.slice(first, rest)) if (!named.has(ref.file)) files.delete(ref.file);

  // The head's first rows, and its list of pieces.
  for (const row of head.rows as R[]) if (changed.has(row.b)) patchRow(row);
  head.pieces = madeRefs;
  files.set(headFile, JSON.stringify(head));
}
