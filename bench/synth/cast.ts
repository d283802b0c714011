// The people and places of one synthetic bulletin: who is introduced how, by
// which names they are later referred to, and which places are mentioned with
// which other names. The registry is what the truth's people and places are
// built from, so it records only forms that were actually written.

import { COUNTRIES, type Country, type Town } from "./places.ts";
import { ARMENIAN_YAN, FOREIGN_NAMES, NAMES, feminine, transliterationVariants, LEADERS, familyPlural, type ForeignOrigin, type Nationality } from "./names.ts";
import type { Rng } from "./prng.ts";
import type { TruthPerson, TruthPlace } from "./truth.ts";

export interface Person {
  first: string;
  surname: string;
  full: string;
  female: boolean;
  role?: string;
  /** Couple members are referred to by first name: `Aliya`, and together `the Zhanybekovs`. */
  coupleMember: boolean;
  /** Set when another person shares the surname stem, so a bare surname would be ambiguous. */
  fullNameOnly: boolean;
  /** Forms written in the text other than the full name. */
  aliases: Set<string>;
  author: boolean;
}

export class Cast {
  readonly people: Person[] = [];
  private readonly usedFull = new Set<string>();
  readonly distinctPairs: Array<[string, string]> = [];
  readonly orgs = new Set<string>();
  readonly familyPlurals = new Set<string>();
  /** name → place truth; only places written in article text. */
  readonly places = new Map<string, TruthPlace>();
  /** Places written only outside articles (bylines, briefs). */
  readonly optionalPlaces = new Set<string>();

  constructor(private readonly rng: Rng, readonly year: number) {}

  pickNationality(country: Country): Nationality {
    let r = this.rng.next();
    for (const [nat, p] of country.people) {
      r -= p;
      if (r <= 0) return nat;
    }
    return country.people[0]![0];
  }

  newPerson(country: Country, opts: { female?: boolean; role?: string; author?: boolean } = {}): Person {
    const nat = this.pickNationality(country);
    const list = NAMES[nat];
    const female = opts.female ?? this.rng.chance(0.4);
    for (let attempt = 0; attempt < 50; attempt++) {
      // Real bulletins often carry two people whose names differ by one part
      // (Marat Nazarov / Marina Nazarova, Oleg Sidorov / Oleg Hvylko); make such near-misses on purpose.
      const other = this.people.length > 0 && this.rng.chance(0.12) ? this.rng.pick(this.people) : null;
      const shareSurname = other !== null && !other.coupleMember && this.rng.chance(0.5);
      const first = other !== null && !shareSurname && (other.female === female) ? other.first : this.rng.pick(female ? list.female : list.male);
      const base = shareSurname ? stemOf(other!.surname) : nat === "armenian" && this.rng.chance(0.3) ? this.rng.pick(ARMENIAN_YAN) : this.rng.pick(list.surnames);
      const surname = female ? feminine(base, nat) : base;
      const full = `${first} ${surname}`;
      if (this.usedFull.has(full) || this.clashesWithCouple(full)) continue;
      const p = this.add({ first, surname, full, female, role: opts.role, author: opts.author ?? false });
      if (other && (other.first === first || stemOf(other.surname) === stemOf(surname))) {
        this.distinctPairs.push([other.full, full]);
        if (stemOf(other.surname) === stemOf(surname)) {
          other.fullNameOnly = true;
          p.fullNameOnly = true;
        }
      }
      return p;
    }
    throw new Error("could not find an unused name");
  }

  newCouple(country: Country): [Person, Person] {
    const nat = this.pickNationality(country);
    const list = NAMES[nat];
    let surname = "", wifeFirst = "", husbandFirst = "";
    do {
      surname = this.rng.pick(list.surnames);
      wifeFirst = this.rng.pick(list.female);
      husbandFirst = this.rng.pick(list.male);
    } while (
      this.usedFull.has(`${wifeFirst} ${surname}`) || this.usedFull.has(`${husbandFirst} ${surname}`) || this.people.some((p) => stemOf(p.surname) === stemOf(surname)) ||
      // Couples are matched by first name alone, so that name must be nobody else's word.
      wifeFirst === husbandFirst || this.people.some((p) => p.full.split(/[ -]/).some((t) => t === wifeFirst || t === husbandFirst)) ||
      Object.values(LEADERS).some((ls) => ls.some((l) => l.first === wifeFirst || l.first === husbandFirst))
    );
    const wife = this.add({ first: wifeFirst, surname, full: "", female: true, author: false, coupleMember: true });
    const husband = this.add({ first: husbandFirst, surname, full: "", female: false, author: false, coupleMember: true });
    this.distinctPairs.push([wife.full, husband.full]);
    this.familyPlurals.add(familyPlural(surname));
    return [wife, husband];
  }

  /** A foreigner (diplomat, expert, trader) whose name follows none of the region's patterns. */
  newForeigner(origin: ForeignOrigin): Person {
    const list = FOREIGN_NAMES[origin];
    for (let attempt = 0; attempt < 50; attempt++) {
      const female = this.rng.chance(0.3);
      const first = this.rng.pick(female ? list.female : list.male);
      const surname = this.rng.pick(list.surnames);
      const full = `${first} ${surname}`;
      if (this.usedFull.has(full) || this.clashesWithCouple(full) || this.people.some((p) => p.surname === surname)) continue;
      return this.add({ first, surname, full, female, author: false });
    }
    throw new Error("could not find an unused foreign name");
  }

  /** Whether a name holds a word a couple member is known by alone. */
  private clashesWithCouple(full: string): boolean {
    const words = full.split(/[ -]/);
    return this.people.some((p) => p.coupleMember && words.includes(p.first));
  }

  leader(country: Country): Person | null {
    const l = (LEADERS[country.code] ?? []).find((x) => this.year >= x.from && this.year <= x.to);
    if (!l) return null;
    const full = `${l.first} ${l.surname}`;
    const existing = this.people.find((p) => p.full === full);
    return existing ?? this.add({ first: l.first, surname: l.surname, full, female: false, role: l.role, author: false });
  }

  private add(p: Omit<Person, "aliases" | "fullNameOnly" | "coupleMember"> & { coupleMember?: boolean }): Person {
    const person: Person = { ...p, full: p.full || `${p.first} ${p.surname}`, coupleMember: p.coupleMember ?? false, fullNameOnly: false, aliases: new Set() };
    if (this.usedFull.has(person.full)) throw new Error(`duplicate person ${person.full}`);
    this.usedFull.add(person.full);
    this.people.push(person);
    return person;
  }

  /** How to write a person after the first mention. */
  later(p: Person): string {
    if (p.coupleMember) return p.first;
    if (p.fullNameOnly) return p.full;
    // Heads of state appear under two romanisations in one bulletin now and then (Nazarbaev / Nazarbayev).
    const variants = transliterationVariants(p.surname);
    const form = p.role === "President" && variants.length > 0 && this.rng.chance(0.25) ? variants[0]! : p.surname;
    p.aliases.add(form);
    return form;
  }

  /** Writes a town: on first mention in an article, maybe with its other name in brackets. */
  town(t: Town, firstInArticle: boolean): string {
    const existing = this.places.get(t.name);
    const aliases = [...(t.other ? [t.other] : []), ...(t.spellings ?? [])];
    const entry: TruthPlace = existing ?? { name: t.name, ...(aliases.length ? { aliases } : {}), lat: t.lat, lon: t.lon };
    this.places.set(t.name, entry);
    if (firstInArticle && t.other && t.otherKind && this.rng.chance(0.6)) {
      entry.mustBeOneWith = t.other;
      return `${t.name} (${t.otherKind} ${t.other})`;
    }
    return t.name;
  }

  country(c: Country): string {
    const name = c.name(this.year);
    if (!this.places.has(name)) {
      const aliases = c.spellings.filter((s) => s !== name);
      this.places.set(name, { name, ...(aliases.length ? { aliases } : {}) });
    }
    return name;
  }

  region(name: string): string {
    // A lowercase compass word is description, not a name: `southern Albania` is a mention of Albania.
    const place = name.replace(/^(?:northern|southern|eastern|western|central) /, "");
    if (!this.places.has(place)) this.places.set(place, { name: place });
    return name;
  }

  org(country: Country, kinds: readonly string[], prefixes: readonly string[]): string {
    const name = this.rng.chance(0.5) ? `${country.adjective(this.year)} ${this.rng.pick(kinds)}` : `${this.rng.pick(prefixes)} ${this.rng.pick(kinds)}`;
    this.orgs.add(name);
    return name;
  }

  truthPeople(): TruthPerson[] {
    return this.people.map((p) => {
      const t: TruthPerson = { name: p.full };
      if (p.role) t.role = p.role;
      if (p.coupleMember) t.match = [p.first];
      else if (p.aliases.size) t.aliases = [...p.aliases];
      return t;
    });
  }
}

/** The masculine stem of a surname, so Nazarov and Nazarova count as one family name. */
export function stemOf(surname: string): string {
  return surname.replace(/skaya$/, "sky").replace(/(ov|ev|in)a$/, "$1");
}

export const countryByCode = (code: string): Country => {
  const c = COUNTRIES[code];
  if (!c) throw new Error(`unknown country ${code}`);
  return c;
};
