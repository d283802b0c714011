// Pass 1: turn the raw file text into clean lines, each mapped back to its
// 1-based line in the source file, and report every repair as a warning.
import type { Warning } from "./model/index.ts";

export interface NormalisedText {
  /** Cleaned lines: no line breaks, no NBSP, trimmed, mail quoting removed. */
  readonly lines: string[];
  /** `sourceLine[i]` is the 1-based line of the original file that `lines[i]` came from. */
  readonly sourceLine: number[];
  readonly warnings: Warning[];
}

/** Share of non-blank lines starting with `>` above which the whole mail is a quoted repost. */
export const QUOTED_MAIL_SHARE = 0.6;

const LINE_BREAK_RE = /\r\n?|\n/;
// NBSP, narrow NBSP, figure space, ideographic space; tabs become plain spaces too.
const ODD_SPACES = "\u00a0\u2007\u202f\u3000\t\f\v";
// BOM and zero-width characters left by web copies: removed.
const INVISIBLES = "\ufeff\u200b\u200c\u200d\u2060";
/** Both kinds in one pass over the text: a file holds only a few, so a callback per match is cheap. */
const ODD_OR_INVISIBLE_RE = new RegExp(`[${ODD_SPACES}${INVISIBLES}]`, "g");
/** Mail headers that a saved mail or a list archive leaves in the text. */
const MAIL_HEADER_RE =
  /^(?:From|To|Cc|Bcc|Date|Sender|Reply-To|Return-Path|Received|Message-I[dD]|Precedence|Errors-To|Delivered-To|MIME-Version|Content-[A-Za-z-]+|List-[A-Za-z-]+|X-[A-Za-z0-9-]+|In-Reply-To|References|Status|Organization|Mailing-List|Approved-By):\s/;
/**
 * Headers no sentence begins with: a forwarded or re-quoted mail carries them inside its body,
 * where no blank line stands before them. They are removed wherever they are.
 */
const UNMISTAKABLE_HEADER_RE =
  /^(?:MIME-Version|Precedence|Reply-To|Return-Path|Received|Message-I[dD]|Errors-To|Delivered-To|Content-(?:Type|Transfer-Encoding|Disposition)|List-(?:Id|Unsubscribe|Subscribe|Post|Help|Archive)|X-[A-Za-z0-9-]+|In-Reply-To|Sender):\s/;
/** `-----Original Message-----`, `---------- Forwarded message ----------`: a quoted mail's headers follow. */
const FORWARD_MARK_RE = /^-{2,}\s*(?:Original Message|Forwarded message|Forwarded by\b.*?)\s*-*$/i;
/** The mbox separator line `From sender@host Sat Feb  7 10:00:00 2009`. */
const MBOX_FROM_RE = /^From \S+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) /;
/** A `Subject:` line is dropped unless it carries the bulletin's title (older issues). */
const SUBJECT_RE = /^Subject:\s/;
const IWPR_RE = /IWPR/i;
/** List-archive and web-group chrome. */
const WEB_CLUTTER_RE =
  /^(?:Reply via email to\b|Previous message:|Next message:|Messages sorted by:|More information about the\b|_{10,}$|-{2,} ?next part ?-{2,}|\[Non-text portions of this message)/i;
/**
 * A list-group page's chrome around a message (Yahoo! Groups and its like): the message
 * counter, attachment counts, the thread's controls and loading notices; and a blog's
 * around a re-posted bulletin (comment counts and links, post navigation). A leading bullet
 * (`• 0 Attachment`) is the page's list marker.
 */
/** Group-page chrome lines are short; a longer line is text. */
export const GROUP_CLUTTER_MAX_CHARS = 80;
const GROUP_PAGE_CLUTTER_RE =
  /^(?:[•·◦▪]\s*)?(?:Message \d+ of \d+\b|\d+ Attachments?$|Expand Messages$|Collapse Messages$|Show all \d+ messages\b|Loading \.{3}$|Sorry, an error occurred while loading\b|View Source$|Reply$|Forward$|Attachment\(s\) from\b|Previous Topic$|Next Topic$|No comments:?$|\d+ comments?:?$|Post a Comment$|Newer Post$|Older Post$|Subscribe to: Post Comments\b|About this entry$|Leave a (?:Comment|Reply)$|Share this:?$)/i;
/** First characters of the chrome lines above (R, P, N, M, _, -, [ in either case): a cheap guard. */
const WEB_CLUTTER_FIRST = new Set([..."RPNMrpnm_-["].map((c) => c.charCodeAt(0)));
/** Addresses stripped by the archive to `<>`; also `<mailto:>` leftovers. */
const STRIPPED_ADDRESS_RE = /\s*<(?:mailto:)?>/g;
/** A run of asterisks glued to the end of a text line (2002 separator). */
const GLUED_SEPARATOR_RE = /^(.*?\S)\s*(\*{4,}.*)$/;
/** Cyrillic or other text that became question marks. */
const LOST_RUN_RE = /\?{3,}/;
/** A single lost letter inside a word: `Kazak?tan`. */
const LOST_CHAR_RE = /\p{L}\?\p{L}/u;
/** `‘09`: a left quote used as an apostrophe before a two-digit year. */
const YEAR_APOSTROPHE_RE = /‘(?=\d\d\b)/g;

function isQuotedMail(raw: string[]): boolean {
  let nonBlank = 0;
  let quoted = 0;
  for (const line of raw) {
    if (line.trim() === "") continue;
    nonBlank++;
    if (line.startsWith(">")) quoted++;
  }
  return nonBlank > 0 && quoted / nonBlank >= QUOTED_MAIL_SHARE;
}

/** Strips one level of `> ` quoting from a reposted mail (nested levels are stripped by repeating). */
function unquoteAll(raw: string[]): string[] {
  let lines = raw;
  while (isQuotedMail(lines)) lines = lines.map((l) => (l.startsWith(">") ? l.replace(/^> ?/, "") : l));
  return lines;
}

export function normalise(text: string): NormalisedText {
  const warnings: Warning[] = [];
  const cleaned = text.replace(ODD_OR_INVISIBLE_RE, (c) => (INVISIBLES.includes(c) ? "" : " "));
  // Splitting on a plain string is much cheaper than on the regex; files without `\r` need no more.
  let raw = cleaned.includes("\r") ? cleaned.split(LINE_BREAK_RE) : cleaned.split("\n");
  if (isQuotedMail(raw)) {
    raw = unquoteAll(raw);
    warnings.push({ kind: "mail-quoting", message: "the whole mail was quoted with `> `; the quoting was removed", line: 1 });
  }
  const lines: string[] = [];
  const sourceLine: number[] = [];
  let inEscapedFrom = false; // inside a paragraph that began with an mbox `>From`
  let inHeader = false; // after a mail header, indented continuation lines belong to it
  let afterHeaderOrBlank = true;
  for (let i = 0; i < raw.length; i++) {
    const lineNo = i + 1;
    let line = raw[i] as string;
    if (inHeader && /^[ \t]+\S/.test(line)) continue;
    inHeader = false;
    // mbox escaping: `>From` at a line start, then a mail client quoting the wrapped rest with `>`.
    // Web copies may indent every line first (`   >From`), so the mark is looked for after the indent.
    let indent = 0;
    while (indent < line.length && (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9)) indent++;
    if (line.startsWith(">From", indent)) {
      line = line.slice(indent + 1);
      inEscapedFrom = true;
      warnings.push({ kind: "mail-quoting", message: "`>From` escaping repaired", line: lineNo });
    } else if (inEscapedFrom && line.startsWith(">", indent)) {
      line = line.slice(indent + 1);
    } else if (line.trim() === "" || !line.startsWith(">", indent)) {
      inEscapedFrom = false;
    }
    line = line.trim();
    // Headers come in runs that start after a blank line (or the file's start): a `Date:` line
    // in the middle of a paragraph is text.
    const headerPlace = lineNo === 1 || afterHeaderOrBlank;
    afterHeaderOrBlank = line === "";
    if (FORWARD_MARK_RE.test(line)) {
      afterHeaderOrBlank = true;
      warnings.push({ kind: "mail-clutter", message: `forwarded-mail mark removed: ${line.slice(0, 60)}`, line: lineNo });
      continue;
    }
    if ((headerPlace && (MBOX_FROM_RE.test(line) || MAIL_HEADER_RE.test(line))) || UNMISTAKABLE_HEADER_RE.test(line)) {
      afterHeaderOrBlank = true;
      warnings.push({ kind: "mail-clutter", message: `mail header removed: ${line.slice(0, 60)}`, line: lineNo });
      inHeader = true;
      continue;
    }
    // A kept `Subject:` title is still inside the header run.
    if (headerPlace && SUBJECT_RE.test(line) && IWPR_RE.test(line)) afterHeaderOrBlank = true;
    else if (headerPlace && SUBJECT_RE.test(line)) {
      afterHeaderOrBlank = true;
      warnings.push({ kind: "mail-clutter", message: `mail header removed: ${line.slice(0, 60)}`, line: lineNo });
      inHeader = true;
      continue;
    }
    if ((WEB_CLUTTER_FIRST.has(line.charCodeAt(0)) && WEB_CLUTTER_RE.test(line)) || (line.length < GROUP_CLUTTER_MAX_CHARS && GROUP_PAGE_CLUTTER_RE.test(line))) {
      warnings.push({ kind: "mail-clutter", message: `list or web chrome removed: ${line.slice(0, 60)}`, line: lineNo });
      continue;
    }
    if (line.includes("<>") || line.includes("<mailto:>")) {
      line = line.replace(STRIPPED_ADDRESS_RE, "");
      warnings.push({ kind: "mail-clutter", message: "e-mail address stripped to `<>` by the archive", line: lineNo });
    }
    if (line.includes("‘")) line = line.replace(YEAR_APOSTROPHE_RE, "’");
    if (line.includes("?") && (LOST_RUN_RE.test(line) || LOST_CHAR_RE.test(line))) {
      warnings.push({ kind: "encoding", message: "characters lost to a wrong encoding (`?`)", line: lineNo });
    }
    if (line.includes("****") && !line.startsWith("*")) {
      const m = GLUED_SEPARATOR_RE.exec(line);
      if (m) {
        lines.push((m[1] as string).trim(), m[2] as string);
        sourceLine.push(lineNo, lineNo);
        continue;
      }
    }
    lines.push(line);
    sourceLine.push(lineNo);
  }
  return { lines, sourceLine, warnings };
}
