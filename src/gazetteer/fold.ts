// Name folding shared by the gazetteer and the extraction passes, so that a
// name as written in a bulletin meets the same key as a GeoNames name.

/** Case, diacritics, apostrophes and hyphen/space differences removed: `Ust'-Kamenogorsk` → `ust kamenogorsk`. */
export function foldName(name: string): string {
  // most names are plain ASCII: skip the (slow) Unicode decomposition for them
  const base = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return base
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, "")
    .replace(/[-‐–—\s.]+/g, " ")
    .trim();
}

/**
 * Folds transliteration variants on top of `foldName`, for romanisations of
 * Russian, Kazakh and other Cyrillic names that IWPR spelt differently over the
 * years: Kazakstan/Kazakhstan, Nazarbaev/Nazarbayev, Talgar/Talghar,
 * Ayaguz/Aiaguz, Nesipkaliyev/Nesipkaliev. The ending vowel stays, so a
 * feminine form (-ova) never folds onto the masculine (-ov).
 */
export function foldLoose(name: string): string {
  return looseFromFolded(foldName(name));
}

/** `foldLoose` of a name already passed through `foldName`. */
export function looseFromFolded(folded: string): string {
  // Every gazetteer name passes through here when the Node gazetteer loads (~120,000):
  // each rule runs only when its letters occur (a replace that matches nothing is a no-op).
  let s = folded;
  if (s.includes("h")) s = s.replace(/kh/g, "k").replace(/gh/g, "g").replace(/zh/g, "j");
  if (s.includes("dj") || s.includes("dzh")) s = s.replace(/dj|dzh/g, "j");
  if (s.includes("y")) s = s.replace(/yev/g, "ev").replace(/iy(?=[^aeiou]|$)/g, "i").replace(/y/g, "i");
  if (s.includes("ii")) s = s.replace(/ii/g, "i");
  s = s.replace(/([bcdfgklmnprstvz])\1/g, "$1");
  return s.includes(" ") ? s.replace(/ /g, "") : s;
}

/**
 * Changes whenever what foldName and looseFromFolded make of names does, so keys folded
 * ahead of time by other code are never trusted (src/gazetteer/node.ts cache). Taken from
 * their output on every string of up to three characters that their rules look at (their
 * source text would differ between tsx, Vite and Vitest transforms).
 */
export function foldFingerprint(): string {
  fingerprint ??= computeFingerprint();
  return fingerprint;
}
let fingerprint: string | undefined;

/** Letters and marks the folding rules act on, plus a few they leave alone. */
const PROBE_ALPHABET = [..."abdeghijkoprsvyzA -'’.é"];

function computeFingerprint(): string {
  // FNV-1a, 32 bits, over the folds of the probes
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  const probe = (s: string) => {
    const folded = foldName(s);
    mix(folded);
    mix(looseFromFolded(folded));
  };
  for (const a of PROBE_ALPHABET) {
    probe(a);
    for (const b of PROBE_ALPHABET) {
      probe(a + b);
      for (const c of PROBE_ALPHABET) probe(a + b + c);
    }
  }
  for (const name of ["Ust'-Kamenogorsk", "Nazarbayev", "Dzhambul", "Djalal-Abad", "Zhanaozen", "Mamediyarov", "Kökşetau", "Aiyyiy"]) probe(name);
  return (h >>> 0).toString(16).padStart(8, "0");
}
