/**
 * Locator maps kept between builds. Drawing a place's map (d3-geo over
 * Natural Earth, src/map/locator.ts) was 40 % of the search emitter's time at
 * 1,000 bulletins (2.7 s of 6.8 s, under load), for maps that are the same
 * from build to build: a map depends only on the place's coordinates and
 * country name, the drawing code and the atlas.
 *
 * One JSON file per drawing version: the version is a hash of the text of
 * every source file under src/map/ and of the atlas file itself, so an edit
 * to the drawing (or a new atlas) never serves an old map. A build reads the
 * file once, draws what it lacks, and writes it back (by rename) only if it
 * drew anything. An unreadable file is drawn afresh.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { locatorMap, type LocatorMap } from "../map/locator.ts";

const MAP_SOURCES = path.resolve(import.meta.dirname, "../map");
const OWN_FILE = /^locator-[0-9a-f]{16}\.json(?:\.\d+\.tmp)?$/;

let memoVersion: string | undefined;

/** A hash of what decides a map: the drawing code (src/map/, tests aside) and the atlas. */
export function locatorVersion(): string {
  if (memoVersion !== undefined) return memoVersion;
  const hash = createHash("sha256");
  for (const name of readdirSync(MAP_SOURCES).filter((n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n)).sort()) {
    hash.update(name).update("\0").update(readFileSync(path.join(MAP_SOURCES, name))).update("\0");
  }
  hash.update(readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-50m.json")));
  memoVersion = hash.digest("hex").slice(0, 16);
  return memoVersion;
}

export type DrawLocator = (lat: number | null, lon: number | null, countryName: string | null) => LocatorMap | null;

export class LocatorCache {
  private readonly maps: Map<string, LocatorMap | null>;
  private drawn = 0;

  /** `dir`: where the file is kept; `version` and `draw` are the drawing's (tests give their own). */
  constructor(
    private readonly dir: string,
    private readonly version: string = locatorVersion(),
    private readonly draw: DrawLocator = locatorMap,
  ) {
    this.maps = read(this.file());
  }

  /** The map of a place, drawn only if no build drew it before with the same code. */
  map(lat: number | null, lon: number | null, countryName: string | null): LocatorMap | null {
    const key = JSON.stringify([lat, lon, countryName]);
    if (this.maps.has(key)) return this.maps.get(key)!;
    const map = this.draw(lat, lon, countryName);
    this.maps.set(key, map);
    this.drawn++;
    return map;
  }

  /** Maps drawn (not found in the cache) since it was opened. */
  get drawnCount(): number {
    return this.drawn;
  }

  /** Writes the maps back when any was drawn, and removes the files of other versions. */
  save(): void {
    if (this.drawn === 0) return;
    mkdirSync(this.dir, { recursive: true });
    const file = this.file();
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify([...this.maps]));
    renameSync(temporary, file);
    for (const name of readdirSync(this.dir)) {
      if (OWN_FILE.test(name) && path.join(this.dir, name) !== file) rmSync(path.join(this.dir, name), { force: true });
    }
    this.drawn = 0;
  }

  private file(): string {
    return path.join(this.dir, `locator-${this.version}.json`);
  }
}

function read(file: string): Map<string, LocatorMap | null> {
  try {
    const entries = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (Array.isArray(entries)) return new Map(entries as Array<[string, LocatorMap | null]>);
  } catch {
    /* none yet, or unreadable: drawn afresh */
  }
  return new Map();
}
