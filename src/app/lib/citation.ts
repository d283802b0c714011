import { formatDate, issueLabel, type IssueLike } from "./format.ts";

export interface CitationInput {
  quoteText: string;
  speakerName: string;
  role: string | null;
  headline: string;
  bulletin: IssueLike & { date: string | null };
  url: string;
}

/** Quotation marks at the edges of the quoted words are the parser's source text; the citation adds its own. */
const EDGE_QUOTES = /^[\s"“”‘’']+|[\s"“”‘’',]+$/g;

/**
 * “quote” — speaker, role, "Headline", IWPR Series No. N Part P, D Month YYYY, URL
 */
export function formatCitation(c: CitationInput): string {
  const quote = c.quoteText.replace(EDGE_QUOTES, "");
  const source = `IWPR ${issueLabel(c.bulletin)}`;
  const pieces = [c.speakerName, c.role, `"${c.headline}"`, source, formatDate(c.bulletin.date), c.url].filter(
    (p): p is string => !!p,
  );
  return `“${quote}” — ${pieces.join(", ")}`;
}
