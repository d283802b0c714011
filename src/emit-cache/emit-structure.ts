/**
 * A bulletin's emitter input (emit-cache.ts, `emitInput`) in two halves: its
 * structure, and the words an edit of its text changes without changing that
 * structure. An edit to a quote's words moves the offsets after it in its
 * paragraph too, so the words half holds, besides each quote's text and each
 * paragraph's text the emitters read, every offset: quotes', figures' and
 * mentions'.
 *
 * What the emitters make of the words half is known file by file (the
 * patches, search-patch.ts and src/views/patch.ts): a quote's text is in its
 * search record, the word shards, the person and place pages listing it and
 * its Quotes row; a figure's sentence (its paragraph's text cut at its
 * offsets) in its Numbers row. Offsets are read nowhere else but to tell
 * which quotes cover a place's mention (a place page lists those quotes),
 * and that relation is in the structure. So between two archives whose
 * bulletins have the same structure, only those files can differ.
 */
import { createHash } from "node:crypto";
import type { Bulletin } from "../parser/model/index.ts";

export interface InputHalves {
  /** Everything the emitters read but the words. */
  structure: unknown;
  /** Quotes' texts, the text of paragraphs holding a figure, and every offset. */
  words: unknown;
}

/** The bulletin as the emitters read it (EMIT_INPUT_LEAVES_OUT aside), cut in its two halves. */
export function inputHalves(b: Bulletin): InputHalves {
  const { warnings: _w, boilerplate: _b, toc, newsBriefs, articles, people, places, ...rest } = b;
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const words: unknown[] = [];
  const structure = {
    ...rest,
    toc: toc.map(({ lines: _l, ...entry }) => entry),
    newsBriefs: newsBriefs.map(({ lines: _l, ...brief }) => brief),
    people: people.map(({ mentions, ...person }) => {
      words.push(mentions.map((m) => [m.start, m.end]));
      return { ...person, mentions: mentions.map((m) => [m.articleSlug, m.paragraphId]) };
    }),
    places: places.map(({ mentions, ...place }) => {
      words.push(mentions.map((m) => [m.start, m.end]));
      return {
        ...place,
        // The quotes each mention stands in, which a place page lists (entities.ts, `quoteCovers`).
        mentions: mentions.map((m) => [
          m.articleSlug,
          m.paragraphId,
          (articleBySlug.get(m.articleSlug)?.quotes ?? []).filter((q) => q.paragraphId === m.paragraphId && m.start >= q.start && m.end <= q.end).map((q) => q.id),
        ]),
      };
    }),
    articles: articles.map(({ lines: _l, reportedSpeech: _r, paragraphs, quotes, statistics, ...article }) => {
      const withFigure = new Set(statistics.map((s) => s.paragraphId));
      words.push(
        paragraphs.filter((p) => withFigure.has(p.id)).map((p) => p.text),
        quotes.map((q) => [q.text, q.start, q.end]),
        statistics.map((s) => [s.start, s.end]),
      );
      return {
        ...article,
        paragraphs: paragraphs.map((p) => [p.id, p.incomplete, withFigure.has(p.id)]),
        quotes: quotes.map(({ text: _t, start: _s, end: _e, ...q }) => q),
        statistics: statistics.map(({ start: _s, end: _e, ...s }) => s),
      };
    }),
  };
  return { structure, words };
}

/** A bulletin's input digest and its structure's. */
export interface InputDigest {
  /** Changes whenever what the emitters read of the bulletin does. */
  input: string;
  /** Changes whenever that changes beyond its words (`InputHalves`). */
  structure: string;
}

export function inputDigestOf(b: Bulletin): InputDigest {
  const { structure, words } = inputHalves(b);
  const structureText = JSON.stringify(structure);
  return {
    structure: createHash("sha256").update(structureText).digest("hex"),
    input: createHash("sha256").update(structureText).update("\0").update(JSON.stringify(words)).digest("hex"),
  };
}

/** A bulletin as the last build kept it: its id and digests. */
export type KeptInput = [id: string, input: string, structure: string];

/**
 * The bulletins whose words alone changed since the build that kept `before`
 * (their ids), or null when the archive's structure changed: a bulletin
 * added, removed or moved, or changed beyond its words.
 */
export function wordsOnlyChanges(before: readonly KeptInput[], now: readonly KeptInput[]): Set<string> | null {
  if (before.length !== now.length) return null;
  const changed = new Set<string>();
  for (let i = 0; i < now.length; i++) {
    const [id, input, structure] = now[i] as KeptInput;
    const [idBefore, inputBefore, structureBefore] = before[i] as KeptInput;
    if (id !== idBefore || structure !== structureBefore) return null;
    if (input !== inputBefore) changed.add(id);
  }
  return changed;
}
