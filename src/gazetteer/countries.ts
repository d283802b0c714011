// Countries and larger regions are not in GeoNames cities500 (populated
// places only), so they live here. Coordinates are approximate centroids,
// good enough for a map pin. Other names: older IWPR romanisations
// (Kazakstan, Kirgizia, Tadjikistan) and common short forms; `foldLoose`
// catches the rest (Kazakhstan vs Kazakstan).

export interface CountryRecord {
  readonly iso: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly otherNames: readonly string[];
}

export const COUNTRIES: readonly CountryRecord[] = [
  // Central Asia (Reporting Central Asia)
  { iso: "KZ", name: "Kazakhstan", lat: 48.0, lon: 68.0, otherNames: ["Kazakstan", "Qazaqstan"] },
  { iso: "KG", name: "Kyrgyzstan", lat: 41.2, lon: 74.8, otherNames: ["Kirgizia", "Kirghizia", "Kyrgyz Republic", "Kirgizstan"] },
  { iso: "TJ", name: "Tajikistan", lat: 38.9, lon: 71.3, otherNames: ["Tadjikistan", "Tadzhikistan"] },
  { iso: "UZ", name: "Uzbekistan", lat: 41.4, lon: 64.6, otherNames: [] },
  { iso: "TM", name: "Turkmenistan", lat: 39.0, lon: 59.6, otherNames: ["Turkmenia"] },
  { iso: "AF", name: "Afghanistan", lat: 33.9, lon: 67.7, otherNames: [] },
  { iso: "MN", name: "Mongolia", lat: 46.9, lon: 103.8, otherNames: [] },
  // Caucasus (Caucasus Reporting Service)
  { iso: "GE", name: "Georgia", lat: 42.3, lon: 43.4, otherNames: [] },
  { iso: "AM", name: "Armenia", lat: 40.1, lon: 45.0, otherNames: [] },
  { iso: "AZ", name: "Azerbaijan", lat: 40.1, lon: 47.6, otherNames: ["Azerbaidjan", "Azerbaydzhan"] },
  { iso: "RU", name: "Russia", lat: 61.5, lon: 105.3, otherNames: ["Russian Federation"] },
  { iso: "TR", name: "Turkey", lat: 39.0, lon: 35.2, otherNames: ["Turkiye", "Türkiye"] },
  { iso: "IR", name: "Iran", lat: 32.4, lon: 53.7, otherNames: [] },
  // Balkans (Balkan Crisis Report)
  { iso: "RS", name: "Serbia", lat: 44.0, lon: 21.0, otherNames: [] },
  { iso: "BA", name: "Bosnia and Herzegovina", lat: 43.9, lon: 17.7, otherNames: ["Bosnia", "Bosnia-Herzegovina", "Bosnia-Hercegovina", "Bosnia and Hercegovina"] },
  { iso: "HR", name: "Croatia", lat: 45.1, lon: 15.2, otherNames: ["Hrvatska"] },
  { iso: "ME", name: "Montenegro", lat: 42.7, lon: 19.4, otherNames: ["Crna Gora"] },
  { iso: "MK", name: "Macedonia", lat: 41.6, lon: 21.7, otherNames: ["North Macedonia", "FYROM"] },
  { iso: "AL", name: "Albania", lat: 41.2, lon: 20.2, otherNames: [] },
  { iso: "XK", name: "Kosovo", lat: 42.6, lon: 20.9, otherNames: ["Kosova"] },
  { iso: "SI", name: "Slovenia", lat: 46.2, lon: 14.99, otherNames: [] },
  { iso: "BG", name: "Bulgaria", lat: 42.7, lon: 25.5, otherNames: [] },
  { iso: "RO", name: "Romania", lat: 45.9, lon: 24.97, otherNames: ["Rumania"] },
  { iso: "GR", name: "Greece", lat: 39.1, lon: 21.8, otherNames: [] },
  { iso: "HU", name: "Hungary", lat: 47.2, lon: 19.5, otherNames: [] },
  // Neighbours and the world powers bulletins keep mentioning
  { iso: "CN", name: "China", lat: 35.9, lon: 104.2, otherNames: ["People's Republic of China"] },
  { iso: "UA", name: "Ukraine", lat: 48.4, lon: 31.2, otherNames: ["the Ukraine"] },
  { iso: "BY", name: "Belarus", lat: 53.7, lon: 27.95, otherNames: ["Byelorussia"] },
  { iso: "MD", name: "Moldova", lat: 47.4, lon: 28.4, otherNames: [] },
  { iso: "PK", name: "Pakistan", lat: 30.4, lon: 69.3, otherNames: [] },
  { iso: "IN", name: "India", lat: 20.6, lon: 78.96, otherNames: [] },
  { iso: "IQ", name: "Iraq", lat: 33.2, lon: 43.7, otherNames: [] },
  { iso: "SY", name: "Syria", lat: 34.8, lon: 38.99, otherNames: [] },
  { iso: "US", name: "United States", lat: 39.8, lon: -98.6, otherNames: ["United States of America", "USA", "US", "America"] },
  { iso: "GB", name: "United Kingdom", lat: 54.0, lon: -2.0, otherNames: ["UK", "Britain", "Great Britain", "England"] },
  { iso: "DE", name: "Germany", lat: 51.2, lon: 10.45, otherNames: [] },
  { iso: "FR", name: "France", lat: 46.2, lon: 2.2, otherNames: [] },
  { iso: "IT", name: "Italy", lat: 41.9, lon: 12.6, otherNames: [] },
  { iso: "NL", name: "Netherlands", lat: 52.1, lon: 5.3, otherNames: ["The Netherlands", "Holland"] },
  { iso: "BE", name: "Belgium", lat: 50.5, lon: 4.5, otherNames: [] },
  { iso: "AT", name: "Austria", lat: 47.5, lon: 14.55, otherNames: [] },
  { iso: "CH", name: "Switzerland", lat: 46.8, lon: 8.2, otherNames: [] },
  { iso: "PL", name: "Poland", lat: 51.9, lon: 19.1, otherNames: [] },
  { iso: "JP", name: "Japan", lat: 36.2, lon: 138.3, otherNames: [] },
  { iso: "KR", name: "South Korea", lat: 35.9, lon: 127.8, otherNames: ["Korea"] },
  { iso: "IL", name: "Israel", lat: 31.05, lon: 34.85, otherNames: [] },
  { iso: "SA", name: "Saudi Arabia", lat: 23.9, lon: 45.1, otherNames: [] },
  { iso: "AE", name: "United Arab Emirates", lat: 23.4, lon: 53.8, otherNames: ["UAE", "Emirates"] },
  { iso: "ZA", name: "South Africa", lat: -30.6, lon: 22.9, otherNames: [] },
  { iso: "CA", name: "Canada", lat: 56.1, lon: -106.3, otherNames: [] },
];

export type RegionKind = "region" | "other";

export interface RegionRecord {
  readonly name: string;
  /** ISO code of the country the region lies in, or null for a supranational region. */
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly otherNames: readonly string[];
  /** Why GeoNames cities500 cannot answer for it. */
  readonly reason: string;
}

const NOT_A_CITY = "a region, not a populated place: cities500 has no entry";

/**
 * Regions IWPR's services report on by name. Each entry says why it is here
 * rather than in GeoNames cities500.
 */
export const REGIONS: readonly RegionRecord[] = [
  { name: "Central Asia", country: null, lat: 43.0, lon: 66.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Caucasus", country: null, lat: 42.5, lon: 44.5, otherNames: ["the Caucasus"], reason: NOT_A_CITY },
  { name: "South Caucasus", country: null, lat: 41.5, lon: 45.0, otherNames: ["Transcaucasia"], reason: NOT_A_CITY },
  { name: "North Caucasus", country: "RU", lat: 43.5, lon: 45.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Balkans", country: null, lat: 43.5, lon: 20.0, otherNames: ["the Balkans"], reason: NOT_A_CITY },
  { name: "Fergana Valley", country: null, lat: 40.8, lon: 71.7, otherNames: ["Ferghana Valley"], reason: NOT_A_CITY },
  { name: "Chechnya", country: "RU", lat: 43.4, lon: 45.7, otherNames: ["Chechen Republic", "Chechnia"], reason: NOT_A_CITY },
  { name: "Ingushetia", country: "RU", lat: 43.2, lon: 45.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Dagestan", country: "RU", lat: 42.5, lon: 47.0, otherNames: ["Daghestan"], reason: NOT_A_CITY },
  { name: "North Ossetia", country: "RU", lat: 43.0, lon: 44.3, otherNames: [], reason: NOT_A_CITY },
  { name: "Kabardino-Balkaria", country: "RU", lat: 43.5, lon: 43.4, otherNames: [], reason: NOT_A_CITY },
  { name: "Abkhazia", country: "GE", lat: 43.0, lon: 41.0, otherNames: [], reason: NOT_A_CITY },
  { name: "South Ossetia", country: "GE", lat: 42.3, lon: 44.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Javakheti", country: "GE", lat: 41.4, lon: 43.5, otherNames: ["Samtskhe-Javakheti", "Javakhetia"], reason: NOT_A_CITY },
  { name: "Kakheti", country: "GE", lat: 41.65, lon: 45.7, otherNames: [], reason: NOT_A_CITY },
  { name: "Svaneti", country: "GE", lat: 43.0, lon: 42.7, otherNames: ["Svanetia"], reason: NOT_A_CITY },
  { name: "Pankisi Gorge", country: "GE", lat: 42.1, lon: 45.25, otherNames: ["Pankisi"], reason: NOT_A_CITY },
  { name: "Syunik", country: "AM", lat: 39.5, lon: 46.3, otherNames: ["Siunik", "Zangezur"], reason: NOT_A_CITY },
  // first-level provinces not named after their main city (those named after one are shown as the city)
  { name: "Tavush", country: "AM", lat: 40.9, lon: 45.1, otherNames: [], reason: NOT_A_CITY },
  { name: "Lori", country: "AM", lat: 40.95, lon: 44.5, otherNames: [], reason: NOT_A_CITY },
  { name: "Shirak", country: "AM", lat: 40.8, lon: 43.9, otherNames: [], reason: NOT_A_CITY },
  { name: "Gegharkunik", country: "AM", lat: 40.3, lon: 45.3, otherNames: [], reason: NOT_A_CITY },
  { name: "Lebap", country: "TM", lat: 38.9, lon: 63.5, otherNames: [], reason: NOT_A_CITY },
  { name: "Ahal", country: "TM", lat: 38.6, lon: 58.5, otherNames: ["Akhal"], reason: NOT_A_CITY },
  { name: "Dashoguz", country: "TM", lat: 41.8, lon: 59.5, otherNames: ["Dashhowuz", "Dashowuz"], reason: "a province; cities500 spells its city differently" },
  { name: "Chui", country: "KG", lat: 42.6, lon: 74.5, otherNames: ["Chuy"], reason: NOT_A_CITY },
  { name: "Issyk-Kul", country: "KG", lat: 42.2, lon: 77.5, otherNames: ["Issyk Kul", "Ysyk-Kol"], reason: NOT_A_CITY },
  { name: "Sughd", country: "TJ", lat: 40.0, lon: 69.5, otherNames: ["Sogd", "Soghd"], reason: NOT_A_CITY },
  { name: "Khatlon", country: "TJ", lat: 37.9, lon: 69.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Surkhandarya", country: "UZ", lat: 38.0, lon: 67.5, otherNames: ["Surkhan-Darya", "Surxondaryo"], reason: NOT_A_CITY },
  { name: "Kashkadarya", country: "UZ", lat: 38.9, lon: 66.0, otherNames: ["Kashka-Darya", "Qashqadaryo"], reason: NOT_A_CITY },
  { name: "Mangystau", country: "KZ", lat: 44.0, lon: 53.5, otherNames: ["Mangistau", "Mangyshlak"], reason: NOT_A_CITY },
  { name: "Zhambyl", country: "KZ", lat: 44.0, lon: 72.0, otherNames: ["Jambyl", "Dzhambul"], reason: NOT_A_CITY },
  { name: "Adjara", country: "GE", lat: 41.6, lon: 42.0, otherNames: ["Ajara", "Ajaria", "Adjaria"], reason: NOT_A_CITY },
  { name: "Nagorny Karabakh", country: "AZ", lat: 39.8, lon: 46.75, otherNames: ["Nagorno-Karabakh", "Karabakh"], reason: NOT_A_CITY },
  { name: "Nakhichevan", country: "AZ", lat: 39.3, lon: 45.4, otherNames: ["Nakhchivan"], reason: NOT_A_CITY },
  { name: "Badakhshan", country: "TJ", lat: 38.3, lon: 73.0, otherNames: ["Gorno-Badakhshan"], reason: NOT_A_CITY },
  { name: "Karakalpakstan", country: "UZ", lat: 43.0, lon: 59.0, otherNames: ["Karakalpakia"], reason: NOT_A_CITY },
  { name: "Vojvodina", country: "RS", lat: 45.3, lon: 19.8, otherNames: [], reason: NOT_A_CITY },
  { name: "Sandzak", country: "RS", lat: 43.1, lon: 20.0, otherNames: ["Sandjak", "Sanjak"], reason: NOT_A_CITY },
  { name: "Republika Srpska", country: "BA", lat: 44.7, lon: 17.3, otherNames: [], reason: NOT_A_CITY },
  { name: "Siberia", country: "RU", lat: 60.0, lon: 100.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Xinjiang", country: "CN", lat: 41.1, lon: 85.2, otherNames: [], reason: NOT_A_CITY },
  { name: "Europe", country: null, lat: 50.0, lon: 15.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Africa", country: null, lat: 2.0, lon: 21.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Middle East", country: null, lat: 29.0, lon: 42.0, otherNames: [], reason: NOT_A_CITY },
  { name: "Serbia and Montenegro", country: null, lat: 44.0, lon: 20.9, otherNames: ["Federal Republic of Yugoslavia"], reason: "a former state (2003-2006); pinned near Belgrade" },
  { name: "Yugoslavia", country: null, lat: 44.0, lon: 20.9, otherNames: [], reason: "a former state; pinned near Belgrade" },
  { name: "Soviet Union", country: null, lat: 55.75, lon: 37.6, otherNames: ["USSR"], reason: "a former state; pinned at its capital" },
  { name: "Caspian", country: null, lat: 41.7, lon: 50.6, otherNames: ["Caspian Sea"], reason: "a sea" },
  { name: "Aral Sea", country: null, lat: 45.0, lon: 60.0, otherNames: [], reason: "a sea" },
];

/** The countries each IWPR series reports on, to break ties between places of the same name. */
export const SERIES_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  RCA: ["KZ", "KG", "TJ", "UZ", "TM"],
  CRS: ["GE", "AM", "AZ", "RU"],
  BCR: ["RS", "BA", "HR", "ME", "MK", "AL", "XK", "SI"],
};

/** Countries whose every populated place goes into the compact browser gazetteer. */
export const IWPR_COUNTRIES: readonly string[] = [
  ...new Set([...Object.values(SERIES_COUNTRIES).flat().filter((c) => c !== "RU"), "AF", "MN"]),
];
