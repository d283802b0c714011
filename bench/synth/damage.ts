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
}

export const NO_DAMAGE: DamageOptions = {
  dropTitle: false, dropTocFirstLine: 0, dropParagraphLastLine: 0, dropSummaryLastLine: 0,
  dropRules: false, dropUrlOnly: false, dropSectionHeaders: false,
  mboxFrom: false, mboxContinuation: false, quotedMail: false, mailHeaders: false, nbsp: false, lostCyrillic: false,
};

/** Damage drawn from the seed: about half the bulletins are clean, the rest carry a random mix. */
export function seededDamage(rng: Rng): DamageOptions {
  if (rng.chance(0.45)) return { ...NO_DAMAGE, mboxFrom: rng.chance(0.5), nbsp: rng.chance(0.3) };
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
