// Quotations with their speakers, and reported speech, for one article.
//
// One pass over the paragraphs in reading order. For each quotation the
// speaker is searched where a reader looks for it: the quote's own sentence
// (after, then before the quote), the previous quote of the same sentence or
// paragraph (a second quote after the attribution), the quote a paragraph
// continues (multi-paragraph quotes reopen with a mark), and last the speaker
// of the speech reported just before (a paragraph that introduces someone,
// then a quote whose attribution line was dropped).
import type { Article, Quote, ReportedSpeech, Speaker } from "../../model/index.ts";
import type { PeopleLookup } from "../people-lookup.ts";
import { findQuoteSpans, opensWithQuote, type QuoteSpan } from "./marks.ts";
import { sentenceEndOf, sentenceStartOf, sentenceStarts } from "./sentences.ts";
import { SpeakerContext, type ParagraphInfo, type Resolved } from "./speakers.ts";
import { attributionAfter, attributionBefore } from "./attribution.ts";
import { isScareQuote } from "./scare.ts";
import { reportedSpeechIn } from "../speech/reported.ts";

/** How far back (in paragraphs) reported speech may lend its speaker to an unattributed quote. */
export const CONTEXT_PARAGRAPHS = 1;

const UNKNOWN: Speaker = { name: "", personId: null };

interface OpenChain {
  readonly quote: Quote;
  readonly chain: number;
}

interface Event {
  readonly para: number;
  readonly pos: number;
  readonly resolved: Resolved;
}

export function extractQuotes(article: Article, people: PeopleLookup): { quotes: Quote[]; reportedSpeech: ReportedSpeech[] } {
  const paragraphs = article.paragraphs;
  const spansBy: QuoteSpan[][] = [];
  const infos: ParagraphInfo[] = paragraphs.map((para) => {
    const spans = findQuoteSpans(para.text);
    spansBy.push(spans);
    return {
      text: para.text,
      sentenceStarts: sentenceStarts(para.text, spans),
      quoteRanges: spans.map((s) => [s.open, s.close < 0 ? para.text.length : s.close] as const),
    };
  });
  const ctx = new SpeakerContext(article.slug, people, paragraphs.map((p) => p.id), infos);

  const quotes: Quote[] = [];
  const reported: ReportedSpeech[] = [];
  const events: Event[] = [];
  /** Quotes of one multi-paragraph quotation share a chain id. */
  const chainOf = new Map<Quote, number>();
  let openChain: OpenChain | null = null;
  let chains = 0;
  /** Quotes whose speaker was only guessed from the speech reported before them. */
  const fromContext = new Set<Quote>();

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const info = infos[p]!;
    const text = para.text;
    for (const r of reportedSpeechIn(p, info, ctx)) {
      reported.push({ id: `r${reported.length + 1}`, paragraphId: para.id, start: r.start, end: r.end, speaker: r.speaker, cue: r.cue });
      events.push({ para: p, pos: r.start, resolved: { speaker: r.speaker, attribution: "explicit" } });
    }
    events.sort((a, b) => a.para - b.para || a.pos - b.pos);

    const spans = spansBy[p]!;
    const continuesFrom: OpenChain | null = opensWithQuote(text) ? openChain : null;
    openChain = null;
    let prevQuote: Quote | null = null;
    let prevSpan: QuoteSpan | null = null;
    for (let k = 0; k < spans.length; k++) {
      const q = spans[k]!;
      const next = spans[k + 1];
      const sentStart = sentenceStartOf(info.sentenceStarts, q.open);
      const afterEnd = Math.min(sentenceEndOf(info.sentenceStarts, Math.max(q.close, q.open), text.length), next ? next.open : text.length);
      const sameSentenceAsPrev = !!prevSpan && prevSpan.close >= 0 && prevSpan.close + 1 > sentStart;
      const beforeStart = sameSentenceAsPrev ? prevSpan!.close + 1 : sentStart;

      let own: Resolved | null = attributionAfter(p, text, q, afterEnd, ctx);
      if (!own && !sameSentenceAsPrev) {
        const b = attributionBefore(p, text, q, beforeStart, ctx);
        // `…,” he said, adding, “…` has no subject of its own: the previous quote's speaker goes on.
        if (b !== "verb-without-subject") own = b;
      }

      // A speech verb elsewhere in the sentence does not save a term: "patients are asked for “gifts”".
      if (!own && isScareQuote(text, q, sentStart)) continue;

      let resolved: Resolved;
      let guessed = false;
      let chainParent: Quote | null = null;
      if (own) resolved = own;
      else if (prevQuote && prevQuote.attribution !== "unknown") {
        resolved = { speaker: prevQuote.speaker, attribution: "continuation" };
      } else if (k === 0 && continuesFrom && text.slice(0, q.open).trim() === "") {
        const parent = continuesFrom.quote;
        resolved = { speaker: parent.speaker, attribution: parent.attribution === "unknown" ? "unknown" : "continuation" };
      } else {
        const e = lastEvent(events, p, q.open);
        resolved = e ? { speaker: e.resolved.speaker, attribution: "continuation" } : { speaker: UNKNOWN, attribution: "unknown" };
        if (e) guessed = true;
      }
      if (k === 0 && continuesFrom && text.slice(0, q.open).trim() === "") chainParent = continuesFrom.quote;

      const unclosed = q.close < 0 && (para.incomplete || !opensWithQuote(paragraphs[p + 1]?.text ?? ""));
      const quote: Quote = {
        id: `q${quotes.length + 1}`,
        text: text.slice(q.textStart, q.textEnd),
        paragraphId: para.id,
        start: q.textStart,
        end: q.textEnd,
        speaker: resolved.speaker,
        attribution: resolved.attribution,
        unclosed,
      };
      quotes.push(quote);
      if (guessed) fromContext.add(quote);
      const chain: number = chainParent ? chainOf.get(chainParent)! : ++chains;
      chainOf.set(quote, chain);
      // An open quote followed by a paragraph that reopens one is read as one quotation even when a
      // line was lost (unclosed): a paragraph of quotation rarely changes speaker without a word.
      if (q.close < 0 && opensWithQuote(paragraphs[p + 1]?.text ?? "")) openChain = { quote, chain };
      if (resolved.attribution !== "unknown") events.push({ para: p, pos: q.open, resolved });
      prevQuote = quote;
      prevSpan = q;
    }
  }

  // A quotation over several paragraphs often names its speaker only in its last part.
  const byChain = new Map<number, Quote[]>();
  for (const q of quotes) {
    const c = chainOf.get(q)!;
    byChain.set(c, [...(byChain.get(c) ?? []), q]);
  }
  for (const group of byChain.values()) {
    if (group.length < 2) continue;
    const source = group.find((q) => q.attribution !== "unknown" && q.attribution !== "continuation");
    if (!source) continue;
    const at = group.indexOf(source);
    for (const [i, q] of group.entries()) {
      if (q === source) continue;
      if (q.attribution === "unknown" || (i < at && fromContext.has(q)) || (i < at && q.speaker === group[0]!.speaker && fromContext.has(group[0]!))) {
        q.speaker = source.speaker;
        q.attribution = "continuation";
      }
    }
  }
  return { quotes, reportedSpeech: reported };
}

function lastEvent(events: readonly Event[], p: number, pos: number): Event | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.para > p || (e.para === p && e.pos >= pos)) continue;
    if (e.para < p - CONTEXT_PARAGRAPHS) return null;
    return e;
  }
  return null;
}
