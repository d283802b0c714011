// Finds the quotations of one paragraph by their marks. Curly “ ” (2004 on),
// straight " (earlier) and « » may be mixed in one bulletin. A straight " is
// paired by position: it opens when it follows the paragraph start, a space,
// a bracket or a dash, and closes otherwise. Single marks ‘ ’ are never
// treated as quotation marks: they are apostrophes (won’t, ‘09) or inner
// quotes, and an inner quote stays part of the outer one anyway. A double
// mark opening inside an open quotation nests ("we say, “Yes sir”." inside a
// quote) instead of starting a new one.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first. */
  readonly close: number;
  /** The words inside the marks, whitespace trimmed: [textStart, textEnd). */
  readonly textStart: number;
  readonly textEnd: number;
}

const OPENERS = new Set(["“", "„", "«"]);
const CLOSERS = new Set(["”", "»"]);
const OPENS_STRAIGHT_AFTER = /[\s([{\u2013\u2014\-/“«‘]/;
/** Any of the marks above: every paragraph is read, and only these characters matter. */
const MARK_RE = /[“„«”»"]/g;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let depth = 0;
  let open = -1;
  for (const m of text.matchAll(MARK_RE)) {
    const i = m.index;
    const c = m[0];
    let kind: "open" | "close" | null = null;
    if (OPENERS.has(c)) kind = "open";
    else if (CLOSERS.has(c)) kind = "close";
    else if (c === '"') kind = i === 0 || OPENS_STRAIGHT_AFTER.test(text[i - 1]!) ? "open" : "close";
    if (kind === "open") {
      if (depth === 0) open = i;
      depth++;
    } else if (kind === "close" && depth > 0) {
      depth--;
      if (depth === 0) {
        out.push(span(text, open, i));
        open = -1;
      }
    }
  }
  if (depth > 0 && open >= 0) out.push(span(text, open, -1));
  return out.filter((s) => s.textEnd > s.textStart);
}

function span(text: string, open: number, close: number): QuoteSpan {
  let textStart = open + 1;
  let textEnd = close < 0 ? text.length : close;
  while (textStart < textEnd && /\s/.test(text[textStart]!)) textStart++;
  while (textEnd > textStart && /\s/.test(text[textEnd - 1]!)) textEnd--;
  return { open, close, textStart, textEnd };
}

/** The paragraph opens with a quotation mark (a continued quote reopens this way). */
export function opensWithQuote(text: string): boolean {
  const c = text.trimStart()[0];
  return c === "“" || c === '"' || c === "„" || c === "«";
}
