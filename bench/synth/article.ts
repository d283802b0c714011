// Body of one synthetic article: paragraphs built from templates, with the
// quotes, statistics and scare quotes recorded as they are written, so the
// truth is exact by construction.

import type { Cast, Person } from "./cast.ts";
import type { Country, Town } from "./places.ts";
import type { Rng } from "./prng.ts";
import { capitalise, numberWords, withCommas } from "./layout.ts";
import { FOREIGN_ROLES, type ForeignOrigin } from "./names.ts";
import {
  ANONYMOUS, EXPERT_TITLES, FROM_OPENERS, GENERIC_NARRATIVE, GENERIC_QUOTES, MINISTRIES, MONTHS,
  ORG_HEAD_ROLES, ORG_PREFIXES, PLAIN_ROLES_AFTER, PLAIN_ROLES_BEFORE, type Topic,
} from "./templates.ts";
import type { TruthQuote, TruthStatistic } from "./truth.ts";

/** Body paragraphs per article, as real bulletins range. */
export const MIN_PARAGRAPHS = 10;
export const MAX_PARAGRAPHS = 40;
/** Words of a quotation kept as its identifying substring. */
const CONTAINS_WORDS = 6;

export interface BodyParagraph {
  text: string;
  quotes: TruthQuote[];
  stats: TruthStatistic[];
  /** Numbers a parser may or may not count as statistics (bracketed conversions, ranges). */
  optional: number[];
  scare: string[];
  /** Starts with `From ` — the line mbox escaping turns into `>From`. */
  from: boolean;
  /** Holds Cyrillic that damage may turn into `???????`. */
  cyrillic: boolean;
}

export interface ArticleContent {
  headline: string;
  summary: string;
  paragraphs: BodyParagraph[];
}

/** Openers that make a reused quotation distinct: `Frankly, the government has the money…`. */
const QUOTE_OPENERS = ["Frankly,", "To be honest,", "In my view,", "Believe me,", "As I see it,", "Let me be clear:", "The truth is that", "I can tell you that", "Quite simply,", "In short,", "Mark my words,", "Honestly,"];

const REPORTED = [
  "the authorities had ignored repeated warnings",
  "the problem was far more serious than officials admitted",
  "little had changed in recent years",
  "people were losing patience with the government",
  "the official figures did not reflect reality",
];
const NESTED: Array<[string, string, string]> = [
  ["The official told us", "Come back next month", "and we are still waiting"],
  ["They kept telling us", "There is nothing we can do", "but nobody even tried"],
  ["My boss said to me", "Be patient, things will improve", "and that was two years ago"],
];
const PAPERS: Array<[string, string]> = [
  ["Vremya", "Время"], ["Delovaya Nedelya", "Деловая неделя"], ["Novoye Pokolenie", "Новое поколение"], ["Obshchestvennoye Mnenie", "Общественное мнение"],
];

/** Organisations named after people: the name inside must not become a person. */
export const NAMED_ORGS = ["Konrad Adenauer Foundation", "Friedrich Ebert Foundation", "Aga Khan Foundation", "Heinrich Boell Foundation", "Hanns Seidel Foundation", "Eurasia Foundation"];
const FOREIGN_ORIGINS: readonly ForeignOrigin[] = ["western", "western", "turkish", "chechen", "afghan", "persian"];

const contains = (q: string): string => q.replace(/[.,?!]+$/, "").split(" ").slice(0, CONTAINS_WORDS).join(" ");
/** `“…,” said X.`: the final full stop of the quotation becomes a comma before the closing mark. */
const beforeAttribution = (q: string): string => (q.endsWith(".") ? q.slice(0, -1) + "," : q);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const speakerOf = (p: Person): { name: string } => ({ name: p.coupleMember ? p.first : p.full });

export class ArticleBuilder {
  readonly paragraphs: BodyParagraph[] = [];
  private readonly introduced = new Set<Person>();
  private readonly townsSeen = new Set<string>();
  private readonly narrativeUsed = new Set<string>();
  private readonly usedQuotes: Set<string>;
  private lastNamed: Person | null = null;

  constructor(
    private readonly rng: Rng,
    private readonly cast: Cast,
    readonly country: Country,
    readonly topic: Topic,
    private readonly year: number,
    usedQuotes: Set<string>,
  ) {
    this.usedQuotes = usedQuotes;
  }

  // ---------- slots ----------
  town(t?: Town): string {
    const town = t ?? this.rng.pick(this.country.towns);
    const first = !this.townsSeen.has(town.name);
    this.townsSeen.add(town.name);
    return this.cast.town(town, first);
  }
  fill(template: string): string {
    return template
      .replace(/\{country\}/g, () => this.cast.country(this.country))
      .replace(/\{adj\}/g, () => this.country.adjective(this.year))
      .replace(/\{town\}/g, () => this.town())
      .replace(/\{town2\}/g, () => this.town())
      .replace(/\{region\}/g, () => this.cast.region(this.rng.pick(this.country.regions(this.year))))
      .replace(/\{month\}/g, () => this.rng.pick(MONTHS))
      .replace(/\{year\}/g, () => String(this.year - this.rng.int(1, 5)))
      .replace(/\{org\}/g, () => this.cast.org(this.country, this.topic.orgKinds, ORG_PREFIXES))
      .replace(/\{noun\}/g, () => this.rng.pick(this.topic.nouns));
  }
  /** A quotation not yet used in this bulletin, so every quotation's identifying words are unique. */
  private quoteText(): string {
    const base = [...this.topic.quotes, ...GENERIC_QUOTES];
    let pool = base.filter((q) => !this.usedQuotes.has(q));
    if (pool.length === 0) {
      pool = QUOTE_OPENERS.flatMap((o) => base.map((q) => `${o} ${lowerFirst(q)}`)).filter((q) => !this.usedQuotes.has(q));
    }
    const q = this.rng.pick(pool);
    this.usedQuotes.add(q);
    return q;
  }
  /** An item not used before in this bulletin, or null when all are. */
  private fresh<T>(items: readonly T[], key: (t: T) => string): T | null {
    const pool = items.filter((t) => !this.usedQuotes.has(key(t)));
    if (pool.length === 0) return null;
    const t = this.rng.pick(pool);
    this.usedQuotes.add(key(t));
    return t;
  }

  // ---------- people ----------
  /** First mention with a role, later mentions by surname (or first name for couples). */
  ref(p: Person, sentenceStart = false): string {
    this.lastNamed = p;
    if (this.introduced.has(p)) return this.cast.later(p);
    this.introduced.add(p);
    if (p.role === "President") return `President ${p.full}`;
    const s = this.introduceWithRole(p);
    return sentenceStart ? capitalise(s) : s;
  }
  private introduceWithRole(p: Person): string {
    const kind = this.rng.int(0, 5);
    if (kind === 0) {
      const ministry = this.rng.pick(MINISTRIES);
      p.role = `${this.rng.chance(0.5) ? "Deputy " : ""}${ministry} Minister`;
      return `${p.role} ${p.full}`;
    }
    if (kind === 1) {
      p.role = this.rng.pick(EXPERT_TITLES);
      return `${p.role} ${p.full}`;
    }
    if (kind === 2) {
      p.role = `${this.rng.pick(ORG_HEAD_ROLES)} ${this.cast.org(this.country, this.topic.orgKinds, ORG_PREFIXES)}`;
      return `${p.full}, ${p.role},`;
    }
    if (kind === 3) {
      p.role = this.rng.pick(this.topic.roles);
      return `${p.full}, ${p.role},`;
    }
    if (kind === 4) {
      const r = this.rng.pick(PLAIN_ROLES_BEFORE);
      return `${r === "local man" && p.female ? "local woman" : r} ${p.full}`;
    }
    return `${p.full}, ${this.fill(this.rng.pick(PLAIN_ROLES_AFTER))},`;
  }
  /** Drop the trailing comma of an after-name role when the name ends a clause: `said X, director of Y.` */
  private endRef(p: Person): string {
    return this.ref(p).replace(/,$/, "");
  }
  private pronoun(p: Person): string {
    return p.female ? "she" : "he";
  }

  // ---------- paragraphs ----------
  private push(text: string, extra: Partial<BodyParagraph> = {}): BodyParagraph {
    const para: BodyParagraph = { text, quotes: [], stats: [], optional: [], scare: [], from: false, cyrillic: false, ...extra };
    this.paragraphs.push(para);
    return para;
  }

  lead(): void {
    this.push(this.fill(this.rng.pick(this.topic.leads)));
  }

  narrative(): void {
    const n = this.rng.int(1, 3);
    let pool = [...this.topic.narrative, ...GENERIC_NARRATIVE].filter((s) => !this.narrativeUsed.has(s));
    if (pool.length < n) pool = [...this.topic.narrative, ...GENERIC_NARRATIVE];
    const chosen = this.rng.sample(pool, n);
    chosen.forEach((s) => this.narrativeUsed.add(s));
    this.push(chosen.map((s) => this.fill(s)).join(" "));
    this.lastNamed = null;
  }

  /** `“…,” said X.` / `“…,” X said.` / `X said, “…”`, maybe with a second quote after the attribution. */
  quoteBeat(p: Person): void {
    const q = this.quoteText();
    const quotes: TruthQuote[] = [{ contains: contains(q), speaker: speakerOf(p) }];
    let text: string;
    // `“…,” X said.` reads badly with a role after the name, so it is kept for people already introduced.
    const form = this.introduced.has(p) ? this.rng.int(0, 2) : this.rng.pick([0, 2]);
    if (form === 0) text = `“${beforeAttribution(q)}” said ${this.endRef(p)}.`;
    else if (form === 1) text = `“${beforeAttribution(q)}” ${this.endRef(p)} said.`;
    else text = `${this.ref(p, true)} said, “${q}”`;
    if (form !== 2 && this.rng.chance(0.4)) {
      const q2 = this.quoteText();
      text += ` “${q2}”`;
      quotes.push({ contains: contains(q2), speaker: speakerOf(p) });
    }
    this.push(text, { quotes });
  }

  /** Speaker named in reported speech, then `“…,” he said.` in the next paragraph. */
  pronounBeat(p: Person): void {
    this.push(`${this.ref(p, true)} told IWPR that ${this.rng.pick(REPORTED)}.`);
    const q = this.quoteText();
    this.push(`“${beforeAttribution(q)}” ${this.pronoun(p)} said.`, { quotes: [{ contains: contains(q), speaker: speakerOf(p) }] });
  }

  /** A quotation fragment inside a sentence: `X said the state should “…”.` */
  partialBeat(p: Person): void {
    const frag = this.fresh(this.topic.partials, (f) => f);
    if (frag === null) return this.quoteBeat(p);
    this.push(`${this.ref(p, true)} said the authorities should “${frag}”.`, {
      quotes: [{ contains: contains(frag), speaker: speakerOf(p) }],
    });
  }

  /** A quotation over two paragraphs: the first has no closing mark, the second reopens with one. */
  twoParagraphQuote(p: Person): void {
    const q1 = this.quoteText();
    const q2 = this.quoteText();
    this.push(`“${q1}`, { quotes: [{ contains: contains(q1), speaker: speakerOf(p) }] });
    this.push(`“${beforeAttribution(q2)}” said ${this.endRef(p)}.`, { quotes: [{ contains: contains(q2), speaker: speakerOf(p) }] });
  }

  nestedBeat(p: Person): void {
    const nested = this.fresh(NESTED, (n) => n[0]);
    if (nested === null) return this.quoteBeat(p);
    const [a, inner, b] = nested;
    this.push(`“${a}, ‘${inner},’ ${b},” said ${this.endRef(p)}.`, { quotes: [{ contains: a, speaker: speakerOf(p) }] });
  }

  anonymousBeat(): void {
    const [desc, keyword] = this.rng.pick(ANONYMOUS);
    const q = this.quoteText();
    this.push(`“${beforeAttribution(q)}” said ${desc}.`, { quotes: [{ contains: contains(q), speaker: { unnamed: true, keyword } }] });
    this.lastNamed = null;
  }

  coupleBeat(): void {
    const [wife, husband] = this.cast.newCouple(this.country);
    this.introduced.add(wife);
    this.introduced.add(husband);
    const town = this.town();
    this.push(`Married couple ${wife.first} and ${husband.first} ${wife.surname} from ${town} say they have had to change the way they live.`);
    const q = this.quoteText();
    this.push(`“${beforeAttribution(q)}” ${wife.first} explained.`, { quotes: [{ contains: contains(q), speaker: speakerOf(wife) }] });
    if (this.rng.chance(0.7)) {
      const q2 = this.quoteText();
      this.push(`“${beforeAttribution(q2)}” said ${husband.first}.`, { quotes: [{ contains: contains(q2), speaker: speakerOf(husband) }] });
    }
    this.push(`The ${wife.surname}s are not alone, according to their neighbours.`);
  }

  scareBeat(): void {
    const [before, term, after] = this.rng.pick(this.topic.scare);
    this.push(`${this.fill(this.rng.pick(GENERIC_NARRATIVE))} In ${this.town()}, ${before} “${term}” ${after}.`, { scare: [term] });
  }

  leaderBeat(): void {
    const leader = this.cast.leader(this.country);
    if (!leader) return this.narrative();
    this.push(`In ${this.rng.pick(MONTHS)}, ${this.ref(leader)} promised that the problem would be addressed.`);
    if (this.rng.chance(0.6)) {
      const q = this.quoteText();
      this.push(`“${beforeAttribution(q)}” said ${this.cast.later(leader)}.`, { quotes: [{ contains: contains(q), speaker: speakerOf(leader) }] });
    }
  }

  /** A foreigner introduced by a role before the name (`US ambassador John Smith`), quoted, maybe later by surname. */
  foreignBeat(): void {
    const origin = this.rng.pick(FOREIGN_ORIGINS);
    const p = this.cast.newForeigner(origin);
    p.role = this.rng.pick(FOREIGN_ROLES[origin]);
    this.introduced.add(p);
    this.lastNamed = p;
    const q = this.quoteText();
    const quotes: TruthQuote[] = [{ contains: contains(q), speaker: speakerOf(p) }];
    const form = this.rng.int(0, 2);
    if (form === 0) this.push(`${capitalise(p.role)} ${p.full} said, “${q}”`, { quotes });
    else if (form === 1) this.push(`“${beforeAttribution(q)}” said ${p.role} ${p.full}.`, { quotes });
    else {
      this.push(`${capitalise(p.role)} ${p.full} told IWPR that ${this.rng.pick(REPORTED)}.`);
      this.push(`“${beforeAttribution(q)}” ${this.pronoun(p)} said.`, { quotes });
    }
    if (this.rng.chance(0.5)) {
      const q2 = this.quoteText();
      this.push(`“${beforeAttribution(q2)}” said ${this.cast.later(p)}.`, { quotes: [{ contains: contains(q2), speaker: speakerOf(p) }] });
    }
  }

  /** An organisation named after a person (`Konrad Adenauer Foundation`), with a local head quoted. */
  namedOrgBeat(p: Person): void {
    const org = this.rng.pick(NAMED_ORGS);
    this.cast.orgs.add(org);
    this.push(`A study funded by the ${org} found that ${this.rng.pick(REPORTED)}.`);
    this.lastNamed = null;
    if (this.introduced.has(p)) return;
    this.introduced.add(p);
    this.lastNamed = p;
    p.role = `head of the ${org} office in ${this.cast.country(this.country)}`;
    const q = this.quoteText();
    this.push(`“${beforeAttribution(q)}” said ${p.full}, ${p.role}.`, { quotes: [{ contains: contains(q), speaker: speakerOf(p) }] });
  }

  /** A year written with a left quote as its apostrophe (`the ‘09 budget`): neither a quotation nor a statistic. */
  shortYear(p: BodyParagraph): void {
    p.text += ` Officials had promised that the ‘${String(this.year % 100).padStart(2, "0")} budget would deal with the problem.`;
  }

  /** A paragraph opening with `From`, which mbox escaping turns into `>From`. */
  fromBeat(p: Person): void {
    this.ref(p);
    const opener = FROM_OPENERS[this.rng.int(0, FROM_OPENERS.length - 1)]!.replace("{surname}", () => this.cast.later(p)).replace("{town}", () => this.town());
    const q = this.quoteText();
    this.push(`${opener} “${q}”`, { quotes: [{ contains: contains(q), speaker: speakerOf(p) }], from: true });
  }

  cyrillicBeat(): void {
    const [latin, cyr] = this.rng.pick(PAPERS);
    this.push(`The local newspaper ${latin} (${cyr}) reported the story in ${this.rng.pick(MONTHS)}, but officials did not respond.`, { cyrillic: true });
  }

  /** `speaker` is only called when the figure is given as a quotation, so nobody is registered who is not written. */
  statBeat(speaker: (() => Person) | null): void {
    const s = this.statistic();
    if (speaker && this.rng.chance(0.4)) {
      const p = speaker();
      this.push(`“Last year we registered ${s.phrase}, and the number is still growing,” said ${this.endRef(p)}.`, {
        quotes: [{ contains: `Last year we registered ${s.phrase.split(" ").slice(0, 2).join(" ")}`, speaker: speakerOf(p) }], stats: s.stats, optional: s.optional,
      });
      return;
    }
    const town = this.town();
    const templates = [
      `According to official figures, ${s.phrase} in ${town} have been affected.`,
      `In ${town} alone, the ${this.cast.org(this.country, this.topic.orgKinds, ORG_PREFIXES)} counts ${s.phrase}.`,
      `Officials in ${town} put the figure at ${s.phrase}, though others say it is higher.`,
    ];
    if (s.sentenceStart) s.stats[0]!.contains = capitalise(s.stats[0]!.contains);
    let text = s.sentenceStart ? `${capitalise(s.phrase)} in ${town} have been affected, officials said on ${this.date()}.` : this.rng.pick(templates);
    const extra = this.rng.chance(0.5) ? this.statistic(true) : null;
    if (extra) text += " " + extra.sentence!;
    this.push(text, { stats: [...s.stats, ...(extra?.stats ?? [])], optional: [...s.optional, ...(extra?.optional ?? [])] });
  }

  private date(): string {
    return `${this.rng.pick(MONTHS)} ${this.rng.int(1, 28)}`;
  }

  /** A statistic in one of the forms real bulletins use; `sentence` wraps money and percentages in a clause. */
  private statistic(clause = false): { phrase: string; stats: TruthStatistic[]; optional: number[]; sentenceStart?: boolean; sentence?: string } {
    const noun = this.rng.pick(this.topic.nouns);
    const kind = clause ? this.rng.int(3, 5) : this.rng.int(0, 2);
    if (kind === 0) {
      const n = this.rng.chance(0.5) ? this.rng.int(120, 9999) : this.rng.int(10, 99) * 1000 + this.rng.int(0, 999);
      return { phrase: `${withCommas(n)} ${noun}`, stats: [{ value: n, contains: withCommas(n) }], optional: [] };
    }
    if (kind === 1) {
      const n = this.rng.pick([300, 500, 1000, 2000, 5000, 20000, 70000]);
      const q = this.rng.pick(["more than", "about", "nearly", "around", "over"]);
      return { phrase: `${q} ${withCommas(n)} ${noun}`, stats: [{ value: n, contains: withCommas(n) }], optional: [] };
    }
    if (kind === 2) {
      const n = this.rng.int(101, 999);
      const w = numberWords(n);
      return { phrase: `${w} ${noun}`, stats: [{ value: n, contains: w }], optional: [], sentenceStart: true };
    }
    if (kind === 3) {
      const n = this.rng.int(5, 85);
      const pc = this.year <= 2003 && this.rng.chance(0.3) ? "percent" : "per cent";
      const phrase = `${n} ${pc}`;
      return { phrase, stats: [{ value: n, contains: phrase, unit: "per ?cent|%|percent" }], optional: [], sentence: `Unemployment in the area is estimated at ${phrase}.` };
    }
    if (kind === 4) {
      const [num, value, scale] = this.rng.pick([["10", 1e10, "billion"], ["2", 2e6, "million"], ["15", 15e6, "million"], ["one", 1e9, "billion"], [numberWords(this.rng.int(2, 5)), 0, ""]] as const);
      const perDay = scale === "" ? ["two", "three", "four", "five"].indexOf(num) + 2 : 0;
      const money = scale ? `${num} ${scale} ${this.rng.chance(0.5) ? "US dollars" : "dollars"}` : `${num} US dollars a day`;
      const containsText = scale ? `${num} ${scale}` : `${num} US dollars`;
      const sentence = scale ? `The government has promised ${money} for the programme.` : `Many families live on ${money}.`;
      return { phrase: money, stats: [{ value: scale ? value : perDay, contains: containsText, unit: "dollar|usd" }], optional: [], sentence };
    }
    const cur = this.country.currency;
    const local = this.rng.int(2, 60) * (cur.perDollar >= 100 ? 1000 : cur.perDollar >= 10 ? 100 : 10);
    const usd = Math.max(1, Math.round(local / cur.perDollar));
    const phrase = `${withCommas(local)} ${cur.word} [${withCommas(usd)} US dollars]`;
    return {
      phrase, stats: [{ value: local, contains: `${withCommas(local)} ${cur.word}`, unit: cur.unit }], optional: [usd],
      sentence: `The average monthly wage there is ${phrase}.`,
    };
  }

  /** An analyst's closing words, as many real articles end. */
  closing(p: Person): void {
    this.push(`${this.ref(p, true)} expressed concern about what would happen if nothing was done.`);
    const q = this.quoteText();
    this.push(`“${beforeAttribution(q)}” said ${this.cast.later(p)}.`, { quotes: [{ contains: contains(q), speaker: speakerOf(p) }] });
  }

  get lastSpeaker(): Person | null {
    return this.lastNamed;
  }
}
