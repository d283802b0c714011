// A tiny made-up GeoNames table, so tests do not depend on the 32 MB file.
import { createGazetteer, type Gazetteer } from "../../../gazetteer/index.ts";
import type { PlaceRow } from "../../../gazetteer/index.ts";

const ROWS: PlaceRow[] = [
  ["Karabulak", "KZ", 44.9, 78.5, 12_000, "PPL", "Qarabulaq"],
  ["Ust-Tobolsk", "KZ", 52.1, 63.2, 210_000, "PPLA", "Oskobol|Ust'-Tobolsk"],
  ["Zhanakent", "KZ", 43.1, 68.2, 900, "PPL", "Janakent"],
  ["Zhanakent", "UZ", 40.0, 65.0, 40_000, "PPL", ""],
  ["Rising", "HR", 43.5, 16.44, 16_000, "PPL", ""],
  ["Meadow", "US", 33.3, -102.2, 600, "PPL", ""],
  ["Marina", "US", 36.68, -121.8, 20_000, "PPL", ""],
  ["Ozerny", "KZ", 50.1, 80.2, 3_000, "PPL", "Ozernyy|Ozernyi"],
  ["Novy Ozek", "KZ", 45.0, 70.0, 20_000, "PPL", ""],
  ["London", "GB", 51.5, -0.13, 8_900_000, "PPLC", ""],
];

export const testGazetteer: Gazetteer = createGazetteer({ version: 1, source: "test", rows: ROWS });
