/**
 * Where a query matches in a displayed text, as ranges of the ORIGINAL text.
 *
 * Decision: highlight by re-folding, not from Fuse's `includeMatches`. Fuse's
 * bitap indices on long text mark scattered single letters and point into the
 * folded string; re-folding the display text with its position map and
 * finding the query's words there (exactly, as a prefix, or within the same
 * edit budget the candidate filter uses) gives whole-word marks that map back
 * exactly, and the same function serves the result list and the article page.
 */
import { type Folded, fold, foldWithMap, toOriginalRange } from "./fold.ts";
import { allowedEdits, prefixEditDistance } from "./word-index.ts";

export type Range = readonly [start: number, end: number];

/** Query words shorter than this are not highlighted on their own (every "a" and "of"). */
export const MIN_HIGHLIGHT_TOKEN = 2;

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Folded-text ranges of each word of `f`. */
function words(f: Folded): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^ ]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f.text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function findHits(text: string, query: string): Range[] {
  const q = fold(query);
  const tokens = q.split(" ").filter((t) => t.length >= MIN_HIGHLIGHT_TOKEN);
  if (tokens.length === 0) return [];
  const f = foldWithMap(text);
  const folded: Range[] = [];
  // The whole query as a phrase, then each word on its own.
  for (const needle of new Set([q, ...tokens])) {
    for (let at = f.text.indexOf(needle); at >= 0; at = f.text.indexOf(needle, at + 1)) folded.push([at, at + needle.length]);
  }
  for (const [ws, we] of words(f)) {
    const word = f.text.slice(ws, we);
    for (const token of tokens) {
      const edits = allowedEdits(token.length);
      if (edits === 0 || word.includes(token)) continue;
      if (prefixEditDistance(token, word, edits) <= edits) folded.push([ws, we]);
    }
  }
  return mergeRanges(folded.map(([a, b]) => toOriginalRange(f, a, b)));
}

export interface Segment {
  text: string;
  hit: boolean;
}

/** Split text into plain and highlighted runs, for rendering as text nodes. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    if (e > s) out.push({ text: text.slice(s, e), hit: true });
    at = Math.max(at, e);
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}
