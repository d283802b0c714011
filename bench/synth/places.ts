// Places for synthetic bulletins, per country (including towns whose names end
// like surnames, -evo/-ovo, -sk, -ovka, -yan, so a person pass is tested on them): real towns of the region with
// their coordinates (GeoNames cities500, rounded to 0.01°) and the other names
// bulletins give them (`Oskemen (also known by its Russian name Ust-Kamenogorsk)`).

import type { Nationality } from "./names.ts";

export interface Town {
  name: string;
  lat: number;
  lon: number;
  /** Another name the text may give in brackets, e.g. the Soviet one. */
  other?: string;
  /** How the text introduces `other`: `also known by its Russian name`. */
  otherKind?: string;
  /** Spellings used elsewhere for the same town, never in brackets. */
  spellings?: string[];
}

export interface Currency {
  /** Plural as written after a number: `6,000 soms`. */
  word: string;
  /** Unit pattern the scorer accepts (a regex, as in the reference annotation). */
  unit: string;
  /** Local units per US dollar, only to make bracketed conversions plausible. */
  perDollar: number;
}

export interface Country {
  code: string;
  /** The country's name as a bulletin of that year spells it. */
  name: (year: number) => string;
  /** All spellings of the country's name (for the truth's aliases). */
  spellings: string[];
  /** Adjective: `Kazak`, `Kyrgyz`. */
  adjective: (year: number) => string;
  people: ReadonlyArray<readonly [Nationality, number]>;
  currency: Currency;
  towns: Town[];
  /** Provinces named after a direction or a town: `East Kazakstan`. */
  regions: (year: number) => string[];
}

const KZ_NAME = (y: number) => (y <= 2009 ? "Kazakstan" : "Kazakhstan");

export const COUNTRIES: Record<string, Country> = {
  KZ: {
    code: "KZ", name: KZ_NAME, spellings: ["Kazakstan", "Kazakhstan"],
    adjective: (y) => (y <= 2009 ? "Kazak" : "Kazakh"),
    people: [["kazakh", 0.7], ["russian", 0.3]],
    currency: { word: "tenge", unit: "tenge|kzt", perDollar: 120 },
    towns: [
      { name: "Almaty", lat: 43.25, lon: 76.92, other: "Alma-Ata", otherKind: "formerly known as" },
      { name: "Astana", lat: 51.18, lon: 71.45, other: "Akmola", otherKind: "formerly" },
      { name: "Shymkent", lat: 42.3, lon: 69.6, other: "Chimkent", otherKind: "also known as" },
      { name: "Oskemen", lat: 49.97, lon: 82.61, other: "Ust-Kamenogorsk", otherKind: "also known by its Russian name" },
      { name: "Aktobe", lat: 50.28, lon: 57.21, other: "Aktubinsk", otherKind: "also known as" },
      { name: "Karaganda", lat: 49.8, lon: 73.1, spellings: ["Karagandy"] },
      { name: "Semey", lat: 50.43, lon: 80.27, other: "Semipalatinsk", otherKind: "also known by its Russian name" },
      { name: "Pavlodar", lat: 52.28, lon: 76.97 },
      { name: "Atyrau", lat: 47.12, lon: 51.88, other: "Guryev", otherKind: "formerly" },
      { name: "Aktau", lat: 43.65, lon: 51.16 },
      { name: "Taraz", lat: 42.9, lon: 71.37, other: "Zhambyl", otherKind: "formerly known as" },
      { name: "Kyzylorda", lat: 44.85, lon: 65.51 },
      { name: "Uralsk", lat: 51.23, lon: 51.37, other: "Oral", otherKind: "also known as" },
      { name: "Kostanay", lat: 53.21, lon: 63.62, spellings: ["Kustanai"] },
      { name: "Talgar", lat: 43.3, lon: 77.24 },
      { name: "Turkestan", lat: 43.3, lon: 68.25 },
      { name: "Zhanaozen", lat: 43.34, lon: 52.86, other: "Novy Uzen", otherKind: "known in Soviet times as" },
      { name: "Ekibastuz", lat: 51.72, lon: 75.32 },
      { name: "Taldykorgan", lat: 45.02, lon: 78.37 },
      { name: "Ayaguz", lat: 47.96, lon: 80.43, spellings: ["Ayagoz"] },
      { name: "Stepnogorsk", lat: 52.35, lon: 71.88 },
    ],
    regions: (y) => ["East", "South", "North", "West"].map((d) => `${d} ${KZ_NAME(y)}`),
  },
  KG: {
    code: "KG", name: () => "Kyrgyzstan", spellings: ["Kyrgyzstan", "Kirgizia"], adjective: () => "Kyrgyz",
    people: [["kyrgyz", 0.8], ["russian", 0.1], ["uzbek", 0.1]],
    currency: { word: "soms", unit: "som|kgs", perDollar: 40 },
    towns: [
      { name: "Bishkek", lat: 42.87, lon: 74.59, other: "Frunze", otherKind: "known in Soviet times as" },
      { name: "Osh", lat: 40.53, lon: 72.8 },
      { name: "Jalalabad", lat: 40.93, lon: 73.0, spellings: ["Jalal-Abad"] },
      { name: "Karakol", lat: 42.49, lon: 78.39, other: "Przhevalsk", otherKind: "known in Soviet times as" },
      { name: "Naryn", lat: 41.43, lon: 75.99 },
      { name: "Talas", lat: 42.52, lon: 72.24 },
      { name: "Tokmok", lat: 42.84, lon: 75.3, spellings: ["Tokmak"] },
      { name: "Batken", lat: 40.06, lon: 70.82 },
      { name: "Kara-Balta", lat: 42.81, lon: 73.85 },
      { name: "Uzgen", lat: 40.77, lon: 73.3, other: "Ozgon", otherKind: "also known as" },
      { name: "Balykchy", lat: 42.46, lon: 76.19, other: "Rybachye", otherKind: "also known by its Russian name" },
      { name: "Kant", lat: 42.89, lon: 74.85 },
      { name: "Ivanovka", lat: 42.89, lon: 75.09 },
    ],
    regions: () => ["Chui", "Issyk-Kul", "Naryn", "Talas", "Batken"],
  },
  TJ: {
    code: "TJ", name: () => "Tajikistan", spellings: ["Tajikistan", "Tadjikistan"], adjective: () => "Tajik",
    people: [["tajik", 0.85], ["russian", 0.05], ["uzbek", 0.1]],
    currency: { word: "somoni", unit: "somoni|tjs", perDollar: 4 },
    towns: [
      { name: "Dushanbe", lat: 38.54, lon: 68.78 },
      { name: "Khujand", lat: 40.28, lon: 69.62, other: "Leninabad", otherKind: "known in Soviet times as" },
      { name: "Kulob", lat: 37.91, lon: 69.78, other: "Kulyab", otherKind: "also known as" },
      { name: "Qurghonteppa", lat: 37.84, lon: 68.78, other: "Kurgan-Tyube", otherKind: "also known as" },
      { name: "Istaravshan", lat: 39.91, lon: 69.0, other: "Ura-Tyube", otherKind: "formerly" },
      { name: "Khorog", lat: 37.49, lon: 71.55, spellings: ["Khorugh"] },
      { name: "Panjakent", lat: 39.5, lon: 67.61, spellings: ["Penjikent"] },
      { name: "Tursunzade", lat: 38.51, lon: 68.23, spellings: ["Tursunzoda"] },
      { name: "Isfara", lat: 40.13, lon: 70.63 },
      { name: "Vahdat", lat: 38.56, lon: 69.01 },
    ],
    regions: () => ["Sughd", "Khatlon", "Rasht", "Gorno-Badakhshan"],
  },
  UZ: {
    code: "UZ", name: () => "Uzbekistan", spellings: ["Uzbekistan"], adjective: () => "Uzbek",
    people: [["uzbek", 0.85], ["russian", 0.1], ["tajik", 0.05]],
    currency: { word: "sum", unit: "sum|som|uzs", perDollar: 1500 },
    towns: [
      { name: "Tashkent", lat: 41.26, lon: 69.22, spellings: ["Toshkent"] },
      { name: "Samarkand", lat: 39.65, lon: 66.96, spellings: ["Samarqand"] },
      { name: "Bukhara", lat: 39.77, lon: 64.43, spellings: ["Bukhoro"] },
      { name: "Andijan", lat: 40.78, lon: 72.34, spellings: ["Andijon"] },
      { name: "Namangan", lat: 41.0, lon: 71.67 },
      { name: "Fergana", lat: 40.38, lon: 71.78, spellings: ["Ferghana"] },
      { name: "Nukus", lat: 42.45, lon: 59.61 },
      { name: "Karshi", lat: 38.86, lon: 65.79, other: "Qarshi", otherKind: "also known as" },
      { name: "Termez", lat: 37.22, lon: 67.28, spellings: ["Termiz"] },
      { name: "Kokand", lat: 40.53, lon: 70.94, other: "Qoqon", otherKind: "also known as" },
      { name: "Urgench", lat: 41.55, lon: 60.62 },
      { name: "Jizzakh", lat: 40.12, lon: 67.83, spellings: ["Jizzax"] },
    ],
    regions: () => ["Fergana valley", "Karakalpakstan", "Kashkadarya", "Surkhandarya"],
  },
  TM: {
    code: "TM", name: () => "Turkmenistan", spellings: ["Turkmenistan"], adjective: () => "Turkmen",
    people: [["turkmen", 0.9], ["russian", 0.1]],
    currency: { word: "manats", unit: "manat|tmt", perDollar: 5200 },
    towns: [
      { name: "Ashgabat", lat: 37.95, lon: 58.38, other: "Ashkhabad", otherKind: "also known as" },
      { name: "Turkmenabat", lat: 39.07, lon: 63.58, other: "Charjou", otherKind: "formerly" },
      { name: "Dashoguz", lat: 41.84, lon: 59.97, other: "Tashauz", otherKind: "formerly" },
      { name: "Mary", lat: 37.59, lon: 61.83, other: "Merv", otherKind: "historically" },
      { name: "Balkanabat", lat: 39.51, lon: 54.37, other: "Nebit-Dag", otherKind: "formerly" },
      { name: "Turkmenbashi", lat: 40.02, lon: 52.96, other: "Krasnovodsk", otherKind: "formerly" },
    ],
    regions: () => ["Lebap", "Dashoguz region", "Mary region", "Balkan region"],
  },
  GE: {
    code: "GE", name: () => "Georgia", spellings: ["Georgia"], adjective: () => "Georgian",
    people: [["georgian", 0.85], ["armenian", 0.05], ["russian", 0.1]],
    currency: { word: "lari", unit: "lari|gel", perDollar: 2 },
    towns: [
      { name: "Tbilisi", lat: 41.69, lon: 44.83, other: "Tiflis", otherKind: "historically" },
      { name: "Kutaisi", lat: 42.27, lon: 42.69 },
      { name: "Batumi", lat: 41.64, lon: 41.63, other: "Batum", otherKind: "also known as" },
      { name: "Rustavi", lat: 41.56, lon: 44.98 },
      { name: "Zugdidi", lat: 42.51, lon: 41.87 },
      { name: "Gori", lat: 41.98, lon: 44.12 },
      { name: "Poti", lat: 42.14, lon: 41.67 },
      { name: "Telavi", lat: 41.92, lon: 45.47 },
      { name: "Sukhumi", lat: 43.01, lon: 40.99, other: "Sukhum", otherKind: "known to Abkhaz as" },
      { name: "Tskhinvali", lat: 42.23, lon: 43.97 },
      { name: "Akhalkalaki", lat: 41.41, lon: 43.49 },
      { name: "Sagarejo", lat: 41.73, lon: 45.33 },
    ],
    regions: () => ["Abkhazia", "South Ossetia", "Adjaria", "Samegrelo", "Javakheti"],
  },
  AM: {
    code: "AM", name: () => "Armenia", spellings: ["Armenia"], adjective: () => "Armenian",
    people: [["armenian", 0.95], ["russian", 0.05]],
    currency: { word: "drams", unit: "dram|amd", perDollar: 400 },
    towns: [
      { name: "Yerevan", lat: 40.18, lon: 44.51, spellings: ["Erevan"] },
      { name: "Gyumri", lat: 40.79, lon: 43.85, other: "Leninakan", otherKind: "known in Soviet times as" },
      { name: "Vanadzor", lat: 40.8, lon: 44.49, other: "Kirovakan", otherKind: "formerly" },
      { name: "Vagharshapat", lat: 40.17, lon: 44.29, other: "Echmiadzin", otherKind: "also known as" },
      { name: "Abovyan", lat: 40.27, lon: 44.63 },
      { name: "Kapan", lat: 39.21, lon: 46.41 },
      { name: "Hrazdan", lat: 40.5, lon: 44.77 },
      { name: "Goris", lat: 39.51, lon: 46.34 },
      { name: "Gavar", lat: 40.35, lon: 45.12 },
    ],
    regions: () => ["Shirak", "Lori", "Syunik", "Tavush"],
  },
  AZ: {
    code: "AZ", name: () => "Azerbaijan", spellings: ["Azerbaijan", "Azerbaidzhan"], adjective: () => "Azerbaijani",
    people: [["azerbaijani", 0.9], ["russian", 0.1]],
    currency: { word: "manats", unit: "manat|azn", perDollar: 1 },
    towns: [
      { name: "Baku", lat: 40.38, lon: 49.89, spellings: ["Baki"] },
      { name: "Ganja", lat: 40.68, lon: 46.36, other: "Kirovabad", otherKind: "known in Soviet times as" },
      { name: "Sumgait", lat: 40.59, lon: 49.67, spellings: ["Sumqayit"] },
      { name: "Mingechaur", lat: 40.76, lon: 47.06, spellings: ["Mingachevir"] },
      { name: "Nakhichevan", lat: 39.21, lon: 45.41, spellings: ["Nakhchivan"] },
      { name: "Lenkoran", lat: 38.75, lon: 48.85, spellings: ["Lankaran"] },
      { name: "Sheki", lat: 41.19, lon: 47.17, other: "Nukha", otherKind: "formerly" },
      { name: "Stepanakert", lat: 39.82, lon: 46.75, other: "Khankendi", otherKind: "known to Azerbaijanis as" },
      { name: "Shusha", lat: 39.76, lon: 46.75, other: "Shushi", otherKind: "known to Armenians as" },
    ],
    regions: () => ["Nagorny Karabakh", "Absheron", "Nakhichevan region"],
  },
  RS: {
    code: "RS", name: (y) => (y <= 2002 ? "Yugoslavia" : y <= 2005 ? "Serbia and Montenegro" : "Serbia"),
    spellings: ["Serbia", "Yugoslavia", "Serbia and Montenegro"], adjective: () => "Serbian",
    people: [["serbian", 0.9], ["bosnian", 0.05], ["albanian", 0.05]],
    currency: { word: "dinars", unit: "dinar|rsd|yud", perDollar: 60 },
    towns: [
      { name: "Belgrade", lat: 44.8, lon: 20.47, other: "Beograd", otherKind: "in Serbian" },
      { name: "Novi Sad", lat: 45.25, lon: 19.84 },
      { name: "Nis", lat: 43.32, lon: 21.9, spellings: ["Nish"] },
      { name: "Kragujevac", lat: 44.02, lon: 20.92 },
      { name: "Subotica", lat: 46.1, lon: 19.67 },
      { name: "Novi Pazar", lat: 43.14, lon: 20.51 },
      { name: "Cacak", lat: 43.89, lon: 20.35 },
      { name: "Pristina", lat: 42.67, lon: 21.17, other: "Prishtina", otherKind: "known in Albanian as" },
      { name: "Prizren", lat: 42.21, lon: 20.74 },
      { name: "Pec", lat: 42.66, lon: 20.29, other: "Peja", otherKind: "known in Albanian as" },
      { name: "Mitrovica", lat: 42.88, lon: 20.87 },
      { name: "Djakovica", lat: 42.38, lon: 20.43, other: "Gjakova", otherKind: "known in Albanian as" },
      { name: "Podgorica", lat: 42.44, lon: 19.26, other: "Titograd", otherKind: "formerly" },
      { name: "Kraljevo", lat: 43.73, lon: 20.69 },
      { name: "Valjevo", lat: 44.28, lon: 19.9 },
      { name: "Smederevo", lat: 44.66, lon: 20.93 },
    ],
    regions: () => ["Vojvodina", "Sandzak", "Kosovo", "Montenegro"],
  },
  BA: {
    code: "BA", name: () => "Bosnia", spellings: ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Hercegovina"], adjective: () => "Bosnian",
    people: [["bosnian", 0.6], ["serbian", 0.25], ["croatian", 0.15]],
    currency: { word: "convertible marks", unit: "mark|km|bam", perDollar: 2 },
    towns: [
      { name: "Sarajevo", lat: 43.85, lon: 18.36 },
      { name: "Banja Luka", lat: 44.78, lon: 17.19 },
      { name: "Tuzla", lat: 44.54, lon: 18.67 },
      { name: "Mostar", lat: 43.34, lon: 17.81 },
      { name: "Zenica", lat: 44.2, lon: 17.9 },
      { name: "Bihac", lat: 44.82, lon: 15.87 },
      { name: "Srebrenica", lat: 44.11, lon: 19.3 },
      { name: "Brcko", lat: 44.87, lon: 18.81 },
      { name: "Bijeljina", lat: 44.76, lon: 19.21 },
      { name: "Foca", lat: 43.51, lon: 18.78, other: "Srbinje", otherKind: "renamed by Serb authorities" },
      { name: "Prijedor", lat: 44.98, lon: 16.71 },
    ],
    regions: () => ["Republika Srpska", "Herzegovina", "Posavina"],
  },
  AL: {
    code: "AL", name: () => "Albania", spellings: ["Albania"], adjective: () => "Albanian",
    people: [["albanian", 1]],
    currency: { word: "leks", unit: "lek|all", perDollar: 100 },
    towns: [
      { name: "Tirana", lat: 41.33, lon: 19.82, spellings: ["Tirane"] },
      { name: "Durres", lat: 41.32, lon: 19.45, other: "Durazzo", otherKind: "known in Italian as" },
      { name: "Shkoder", lat: 42.07, lon: 19.51, other: "Scutari", otherKind: "historically" },
      { name: "Vlora", lat: 40.47, lon: 19.48, spellings: ["Vlore"] },
      { name: "Elbasan", lat: 41.11, lon: 20.08 },
      { name: "Korce", lat: 40.62, lon: 20.78, spellings: ["Korca"] },
    ],
    regions: () => ["northern Albania", "southern Albania"],
  },
  MK: {
    code: "MK", name: () => "Macedonia", spellings: ["Macedonia"], adjective: () => "Macedonian",
    people: [["albanian", 0.4], ["serbian", 0.6]],
    currency: { word: "denars", unit: "denar|mkd", perDollar: 55 },
    towns: [
      { name: "Skopje", lat: 42.0, lon: 21.43, spellings: ["Skopie"] },
      { name: "Tetovo", lat: 42.01, lon: 20.97 },
      { name: "Kumanovo", lat: 42.13, lon: 21.71 },
      { name: "Bitola", lat: 41.03, lon: 21.33, other: "Monastir", otherKind: "historically" },
      { name: "Ohrid", lat: 41.12, lon: 20.8 },
    ],
    regions: () => ["western Macedonia"],
  },
  HR: {
    code: "HR", name: () => "Croatia", spellings: ["Croatia"], adjective: () => "Croatian",
    people: [["croatian", 0.85], ["serbian", 0.15]],
    currency: { word: "kuna", unit: "kuna|hrk", perDollar: 6 },
    towns: [
      { name: "Zagreb", lat: 45.81, lon: 15.98 },
      { name: "Split", lat: 43.51, lon: 16.44 },
      { name: "Rijeka", lat: 45.33, lon: 14.44, other: "Fiume", otherKind: "known in Italian as" },
      { name: "Osijek", lat: 45.55, lon: 18.69 },
      { name: "Zadar", lat: 44.12, lon: 15.23 },
      { name: "Vukovar", lat: 45.35, lon: 19.0 },
      { name: "Dubrovnik", lat: 42.64, lon: 18.11, other: "Ragusa", otherKind: "historically" },
      { name: "Knin", lat: 44.04, lon: 16.2 },
    ],
    regions: () => ["Slavonia", "Dalmatia", "Krajina"],
  },
};

/** Places the boilerplate and footers name (offices), never required of a parser. */
export const BOILERPLATE_PLACES = ["London", "Washington", "Johannesburg", "Den Haag", "The Hague", "Netherlands", "UK", "United Kingdom", "United States"];

/** Region words that may be picked up as places or not: neither rewarded nor penalised. */
export const REGION_WORDS = ["Central Asia", "Caucasus", "South Caucasus", "Balkans", "Europe", "Soviet Union", "Russia", "Moscow"];

/** Foreign places an article may compare with: `similar to those seen in the United States`. */
export const WORLD_PLACES: Town[] = [
  { name: "Moscow", lat: 55.75, lon: 37.62 },
  { name: "Kabul", lat: 34.53, lon: 69.17 },
  { name: "Urumqi", lat: 43.8, lon: 87.6 },
];

export const SERIES_COUNTRIES: Record<"RCA" | "CRS" | "BCR", string[]> = {
  RCA: ["KZ", "KG", "TJ", "UZ", "TM"],
  CRS: ["GE", "AM", "AZ"],
  BCR: ["RS", "BA", "AL", "MK", "HR"],
};
