// Boilerplate: project links, RSS, subscribe/donate, the service description,
// the masthead, office addresses, ISSN/copyright/unsubscribe. Recognised by the
// forms IWPR used for them across series, not by the words of one bulletin.
import type { BoilerplateKind } from "../model/index.ts";

const URL_RE = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/i;
/** `LABEL: http://…` or `LABEL: Readers are urged…` — an uppercase label with a colon. */
const LABEL_RE = /^[^a-z]{3,60}:\s/;
const MASTHEAD_RE = /\b(?:Editor-in-Chief|Managing Editor|Senior Editor|Executive Director|Programme Director|Chief Programme Officer|Project Editor|Regional Director|Country Director)\b/;
const CONTACTS_RE = /(?:^|\s)(?:Tel|Fax|Phone|E-?mail)\s*[.:]|\bP\.?\s?O\.? Box\b|^IWPR\s*[-–]\s*\p{Lu}|^Stichting IWPR/u;
const LEGAL_RE = /\bISSN\b|Copyright|©|\bunsubscribe\b|subscription details|\bopinions expressed\b|do not necessarily represent/i;
const ABOUT_RE =
  /provides the international community|\bthe service (?:is|forms|publishes)\b|\bis (?:supported|funded) by\b|^IWPR (?:is an international|builds|is an? |strengthens|supports|trains)|For further details on this project/i;
const LINKS_RE = /\bRSS\b|\bsubscribe\b|\bDONATE\b|\bGIVE TO IWPR\b|FOLLOW US ON|\bTWITTER\b|\bFACEBOOK\b|VISIT IWPR|IWPR RESOURCES|\bwebsite\b|\bon-?line\b/i;
/** Uppercase boilerplate headings that look like article headlines: `KURT SCHORK AWARDS`, `NEW PROJECT:`. */
const PROMO_HEADING_RE =
  /^(?:NEW PROJECT\b|NEW:|KURT SCHORK\b|\d{4} WINNERS\b|FOLLOW US\b|DONATE TO IWPR\b|GIVE TO IWPR\b|RECEIVE FROM IWPR\b|IWPR COMMENT:|IWPR RESOURCES\b|IWPR NEWS:|SUBSCRIBE\b|[A-Z ]+ (?:PROGRAMME )?HOME:|[A-Z ]+ RSS:|[A-Z ]*RADIO[A-Z ]*:|NEWS BRIEFING CENTRAL ASIA\b|PODCASTS?:|WEBSITE:)/;

/** IWPR's notices of its own projects: `CROSS-BORDER RADIO NETWORK. IWPR has launched …` (an UPPERCASE heading run into the notice). */
const NOTICE_RE = /^[^a-z]{6,80}\.\s+IWPR (?:has|is|will)\b/;

export function boilerplateKind(text: string): BoilerplateKind {
  if (MASTHEAD_RE.test(text)) return "masthead";
  if (LEGAL_RE.test(text)) return "legal";
  if (CONTACTS_RE.test(text)) return "contacts";
  if (ABOUT_RE.test(text)) return "about";
  if (URL_RE.test(text) || LINKS_RE.test(text) || PROMO_HEADING_RE.test(text) || NOTICE_RE.test(text)) return "links";
  return "other";
}

/**
 * Blocks that are certainly boilerplate wherever they stand: they end a table of
 * contents and an article without an author note. Article prose may name a website,
 * so a URL counts only in a labelled line (`CENTRAL ASIA RADIO: http://…`) or a short block.
 */
export const SHORT_LINK_BLOCK_MAX = 100;

/**
 * Every boilerplate test needs one of these marks; prose without any is rejected by a few
 * native substring scans (every body paragraph passes through here, so this is hot).
 */
const PREFILTER_MARKS = ["IWPR", "http", "www.", ":", "©", "ISSN", "Copyright", "Tel", "Fax", "Phone", "mail", "subscri", "opinions", "provides", "service", "supported", "funded", "Box", "Stichting", "RSS", "Director", "Editor", "further details"];
/** The marks as one alternation: one regex pass is about twice as fast as a substring scan per mark. */
const PREFILTER_RE = new RegExp(PREFILTER_MARKS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
const UPPER_START_RE = /^[^a-z]{3}/;

/** Boilerplate shows its marks early; a long paragraph is scanned only this far. */
export const PREFILTER_HEAD_CHARS = 200;

function mayBeBoilerplate(text: string): boolean {
  if (UPPER_START_RE.test(text)) return true;
  const head = text.length > PREFILTER_HEAD_CHARS ? text.slice(0, PREFILTER_HEAD_CHARS) : text;
  return PREFILTER_RE.test(head);
}

export function isBoilerplate(text: string): boolean {
  if (!mayBeBoilerplate(text)) return false;
  if (MASTHEAD_RE.test(text) || LEGAL_RE.test(text) || ABOUT_RE.test(text)) return true;
  if (CONTACTS_RE.test(text) && text.length < 400) return true;
  if (PROMO_HEADING_RE.test(text) || NOTICE_RE.test(text)) return true;
  if (URL_RE.test(text) && (LABEL_RE.test(text) || text.length <= SHORT_LINK_BLOCK_MAX)) return true;
  return LABEL_RE.test(text) && LINKS_RE.test(text);
}
