// Writes synthetic bulletins and their truth:
//   npx tsx bench/synth/cli.ts --count 20 --seed 1 --out DIR [--clean] [--series RCA|CRS|BCR]
// DIR/<fileName>.txt and DIR/<fileName>.gold.json (the truth, scorer format).

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateArchive, type GenerateOptions } from "./generate.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const count = Number(arg("count") ?? 20);
const seed = Number(arg("seed") ?? 1);
const out = arg("out");
if (!out || !Number.isInteger(count) || count < 1 || !Number.isFinite(seed)) {
  console.error("usage: cli.ts --count N --seed S --out DIR [--clean] [--series RCA|CRS|BCR]");
  process.exit(2);
}
const series = arg("series");
const options: GenerateOptions = {
  ...(process.argv.includes("--clean") ? { damage: false } : {}),
  ...(series === "RCA" || series === "CRS" || series === "BCR" ? { series } : {}),
};
mkdirSync(out, { recursive: true });
const t0 = performance.now();
const bulletins = generateArchive(count, seed, options);
const ms = performance.now() - t0;
for (const b of bulletins) {
  writeFileSync(join(out, `${b.fileName}.txt`), b.text);
  writeFileSync(join(out, `${b.fileName}.gold.json`), JSON.stringify(b.truth, null, 2) + "\n");
}
const bytes = bulletins.reduce((n, b) => n + b.text.length, 0);
console.log(`wrote ${bulletins.length} bulletins (${(bytes / 1024).toFixed(0)} KiB of text) to ${out}; generated in ${ms.toFixed(0)} ms`);
