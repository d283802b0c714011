// The services IWPR mailed as plain-text bulletins: name as in the title line → code.
export interface Series {
  readonly code: string;
  readonly name: string;
}

export const SERIES: readonly Series[] = [
  { code: "RCA", name: "Reporting Central Asia" },
  { code: "CRS", name: "Caucasus Reporting Service" },
  { code: "BCR", name: "Balkan Crisis Report" },
  { code: "ICR", name: "Iraq Crisis Report" },
  { code: "ARR", name: "Afghan Recovery Report" },
  { code: "TU", name: "Tribunal Update" },
  { code: "AR", name: "Africa Reports" },
];

const byCode = new Map<string, Series>();
for (const s of SERIES) if (!byCode.has(s.code)) byCode.set(s.code, s);

export function seriesByCode(code: string): Series | null {
  return byCode.get(code.toUpperCase()) ?? null;
}

/** Longest names first, so "Africa Reports" wins over "Africa Report". */
const BY_LENGTH = [...SERIES].sort((a, b) => b.name.length - a.name.length);

/** The series whose name occurs in `text` (any case), earliest occurrence first. */
export function findSeriesName(text: string): { series: Series; index: number } | null {
  const lower = text.toLowerCase();
  let best: { series: Series; index: number } | null = null;
  for (const s of BY_LENGTH) {
    const i = lower.indexOf(s.name.toLowerCase());
    if (i >= 0 && (best === null || i < best.index)) best = { series: s, index: i };
  }
  return best;
}
