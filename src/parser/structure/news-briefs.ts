// CRS `CAUCASUS NEWS UPDATE`: dated one-line items (`June 30 Police in …`) that are
// news briefs, not articles. Wrapped items continue on lines without a date.
import type { NewsBrief } from "../model/index.ts";
import type { Block } from "../blocks.ts";
import { MONTH_NAME_PATTERN, isoDate, monthNumber } from "./dates.ts";
import { endsSentence } from "./paragraphs.ts";

const NEWS_HEADER_RE = /^[^a-z]*\bNEWS (?:UPDATES?|BRIEFS?|IN BRIEF|ROUND-?UP)\b[^a-z]*$/;
const BRIEF_START_RE = new RegExp(`^(${MONTH_NAME_PATTERN})\\.?\\s+(\\d{1,2})\\b[\\s:–-]+(\\S.*)$`);
/** Without a header, this many dated lines in one block make it a briefs block. */
export const BRIEF_LINES_WITHOUT_HEADER = 2;

export function isNewsHeader(line: string): boolean {
  return NEWS_HEADER_RE.test(line);
}

function datedLines(lines: readonly string[]): number {
  let n = 0;
  for (const l of lines) if (BRIEF_START_RE.test(l)) n++;
  return n;
}

export interface BriefsResult {
  readonly briefs: NewsBrief[];
  /** Blocks wholly taken by the briefs (and their header). */
  readonly consumed: Set<number>;
}

/** `year` dates the items ("June 30" in a 2004 bulletin is 2004-06-30); null leaves `date` null. */
export function findNewsBriefs(blocks: readonly Block[], year: number | null): BriefsResult {
  const briefs: NewsBrief[] = [];
  const consumed = new Set<number>();
  const seen = new Set<string>();
  let inSection = false;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    let from = 0;
    if (isNewsHeader(block.lines[0] as string)) {
      // Some bulletins use `NEWS IN BRIEF` as a plain section over articles: a header
      // counts only when dated items follow it.
      const next = block.lines.length > 1 ? block.lines[1] : blocks[b + 1]?.lines[0];
      if (next !== undefined && BRIEF_START_RE.test(next)) {
        inSection = true;
        from = 1;
        if (block.lines.length === 1) {
          consumed.add(b);
          continue;
        }
      }
    }
    // Most blocks are prose: the first line rules them out before any copy of the lines is made.
    const startsDated = BRIEF_START_RE.test(block.lines[from] as string);
    const items = startsDated ? block.lines.slice(from) : block.lines;
    if (!(startsDated && (inSection || datedLines(items) >= BRIEF_LINES_WITHOUT_HEADER))) {
      inSection = false;
      continue;
    }
    consumed.add(b);
    let cur: { dateText: string; date: string | null; text: string; start: number; end: number } | null = null;
    const push = () => {
      if (!cur) return;
      const key = `${cur.dateText}|${cur.text}`;
      if (!seen.has(key)) {
        seen.add(key);
        briefs.push({ id: `n${briefs.length + 1}`, dateText: cur.dateText, date: cur.date, text: cur.text, incomplete: !endsSentence(cur.text), lines: { startLine: cur.start, endLine: cur.end } });
      }
      cur = null;
    };
    for (let k = 0; k < items.length; k++) {
      const line = items[k] as string;
      const lineNo = block.lineNos[k + from] as number;
      const m = BRIEF_START_RE.exec(line);
      if (m) {
        push();
        const month = monthNumber(m[1] as string) ?? 0;
        const day = Number(m[2]);
        cur = { dateText: `${m[1]} ${m[2]}`, date: year ? isoDate(year, month, day) : null, text: (m[3] as string).trim(), start: lineNo, end: lineNo };
      } else if (cur) {
        (cur as { text: string }).text += " " + line;
        (cur as { end: number }).end = lineNo;
      }
    }
    push();
  }
  return { briefs, consumed };
}
