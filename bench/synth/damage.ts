// Damage that real copies of bulletins suffered (bulletin-format.md, "Damage
// the parser must survive"): line-level de-duplication that dropped lines,
// mbox `>From` escaping, reposted mail quoted with `> `, mail headers,
// non-breaking spaces and Cyrillic lost to `?`.

import type { Line } from "./layout.ts";
import type { Rng } from "./prng.ts";

export interface DamageOptions {
  /** Drop the title line(s). */
  dropTitle: boolean;
  /** Probability that an article's TOC entry loses its first (UPPERCASE) line. */
  dropTocFirstLine: number;
  /** Probability that an eligible body paragraph loses its short last line. */
  dropParagraphLastLine: number;
  /** Probability that the summary repeated above an article loses its last line. */
  dropSummaryLastLine: number;
  dropRules: boolean;
  dropUrlOnly: boolean;
  dropSectionHeaders: boolean;
  /** `From ` at a line start becomes `>From`. */
  mboxFrom: boolean;
  /** The mail client also prefixed the following lines of that paragraph with `>`. */
  mboxContinuation: boolean;
  /** Every line prefixed `> `, as in a reposted mail. */
  quotedMail: boolean;
  mailHeaders: boolean;
  nbsp: boolean;
  lostCyrillic: boolean;
  /** Lines indented: only each paragraph's first line (web copies), or every line (group pages). */
  indent: "none" | "paragraph" | "all";
  /** Group-page chrome above and a list footer below (`Reply via email to`, addresses stripped to `<>`). */
  webChrome: boolean;
  /** A single character lost to `?`: apostrophes inside words and en dashes. */
  lostChars: boolean;
}

export const NO_DAMAGE: DamageOptions = {
  dropTitle: false, dropTocFirstLine: 0, dropParagraphLastLine: 0, dropSummaryLastLine: 0,
  dropRules: false, dropUrlOnly: false, dropSectionHeaders: false,
  mboxFrom: false, mboxContinuation: false, quotedMail: false, mailHeaders: false, nbsp: false, lostCyrillic: false,
  indent: "none", webChrome: false, lostChars: false,
};

/** Damage drawn from the seed: about half the bulletins are clean, the rest carry a random mix. */
export function seededDamage(rng: Rng): DamageOptions {
  if (rng.chance(0.45)) return { ...NO_DAMAGE, mboxFrom: rng.chance(0.5), nbsp: rng.chance(0.3), indent: rng.chance(0.1) ? "paragraph" : "none" };
  const dedup = rng.chance(0.7);
  return {
    dropTitle: rng.chance(0.15),
    dropTocFirstLine: dedup ? 0.3 : 0,
    dropParagraphLastLine: dedup ? 0.35 : 0,
    dropSummaryLastLine: dedup ? 0.4 : 0,
    dropRules: dedup,
    dropUrlOnly: dedup,
    dropSectionHeaders: dedup && rng.chance(0.5),
    mboxFrom: rng.chance(0.8),
    mboxContinuation: rng.chance(0.6),
    quotedMail: rng.chance(0.15),
    mailHeaders: rng.chance(0.3),
    nbsp: rng.chance(0.5),
    lostCyrillic: rng.chance(0.5),
    indent: rng.pick(["none", "none", "none", "paragraph", "all"] as const),
    webChrome: rng.chance(0.3),
    lostChars: rng.chance(0.25),
  };
}

/** A last line short enough that de-duplication would have seen it elsewhere (`work.`, `Almaty`). */
export const SHORT_LAST_LINE = 40;
/** Words whose loss would also lose who said a quotation; such lines are never dropped, so the truth stays knowable. */
const ATTRIBUTION = /\b(said|says|told|added|asked|explained)\b/;

/** Whether dropping this paragraph's last line leaves a paragraph that visibly ends mid-sentence and loses no quotation or figure. */
export function canDropLastLine(lines: Line[]): boolean {
  if (lines.length < 2) return false;
  const last = lines[lines.length - 1]!.text.trim();
  const before = lines[lines.length - 2]!.text.trim();
  if (last.length > SHORT_LAST_LINE) return false;
  if (!/^[a-z][a-z ,;'’-]*[.!?]?$/.test(last) || ATTRIBUTION.test(last)) return false;
  return !/[.!?:;”"’']$/.test(before);
}

/** mbox escaping: `From ` at a line start gets `>`; a mail client then prefixed the rest of that paragraph too. */
export function mboxEscape(lines: Line[], continuation: boolean): Line[] {
  let inEscaped = false;
  return lines.map((l) => {
    if (l.kind === "blank") {
      inEscaped = false;
      return l;
    }
    if (/^From /.test(l.text)) {
      inEscaped = true;
      return { ...l, text: ">" + l.text };
    }
    if (inEscaped && continuation) return { ...l, text: ">" + l.text };
    return l;
  });
}

export function addNbsp(rng: Rng, lines: Line[]): Line[] {
  return lines.map((l) => (l.kind === "body" && /[.,]\s*$/.test(l.text) && rng.chance(0.2) ? { ...l, text: l.text.replace(/\s*$/, "\u00a0 ") } : l));
}

export function loseCyrillic(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, "?");
}

export function quoteMail(text: string): string {
  return text.split("\n").map((l) => (l === "" ? ">" : "> " + l)).join("\n");
}

export function mailHeaders(rng: Rng, subject: string, date: Date): string {
  const day = date.toUTCString().replace(/ GMT$/, " +0000");
  const list = rng.pick(["iwpr-list", "rca-l", "crs-news", "balkan-l"]);
  return [
    `From ${list}@lists.example.org  ${date.toUTCString()}`,
    `Date: ${day}`,
    `From: IWPR <>`,
    `Subject: ${subject}`,
    `Precedence: bulk`,
    `X-Authentication-Warning: lists.example.org: majordom set sender to owner-${list} using -f`,
    "",
  ].join("\n");
}

/** Where a copy lost single characters: apostrophes inside words (`IWPR?S`, `don?t`) and en dashes. Applied to text and truth alike. */
export function loseChars(text: string): string {
  return text.replace(/(?<=\p{L})’(?=\p{L})/gu, "?").replace(/–/g, "?");
}

/** Each paragraph's first line indented (web copies), or every line (group pages). */
export function indentLines(rng: Rng, lines: Line[], mode: "paragraph" | "all"): Line[] {
  const pad = " ".repeat(rng.int(2, 5));
  let prevBlank = true;
  return lines.map((l) => {
    const first = prevBlank;
    prevBlank = l.text.trim() === "";
    if (prevBlank) return l;
    return mode === "all" || (first && (l.kind === "body" || l.kind === "note" || l.kind === "summary")) ? { ...l, text: pad + l.text } : l;
  });
}

/** The page around a bulletin saved from a mailing-list web archive or a group page. */
export function webChrome(rng: Rng, list: string): { top: string; bottom: string } {
  const top = [
    `${list} | Archives | Search | Subscribe`,
    rng.pick(["« Previous message | Next message »", "Thread: Previous | Next | Index"]),
    `From: IWPR <>`,
    `Reply via email to IWPR <>`,
    "",
  ].join("\n");
  const bottom = [
    "",
    "_______________________________________________",
    `${list} mailing list`,
    `${list} <>`,
    `To unsubscribe, send a message to <> with the word UNSUBSCRIBE`,
    "",
    "Reply via email to",
    rng.pick(["Back to thread list", "« Previous message | Next message »"]),
    "",
  ].join("\n");
  return { top, bottom };
}
