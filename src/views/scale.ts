/**
 * The few scales the Numbers chart needs, written here rather than taken from
 * d3-scale (≈ 12 kB gzip with its interpolators, of which the chart would use
 * two functions): a linear and a log scale with round ticks, and dates as days.
 */

/** Values spanning this ratio or more are drawn on a log scale (when all are above zero). */
export const LOG_SCALE_FROM_RATIO = 100;

export interface Scale {
  (value: number): number;
  ticks: number[];
  log: boolean;
}

export function wantsLogScale(values: readonly number[]): boolean {
  if (values.length === 0 || values.some((v) => v <= 0)) return false;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max / min >= LOG_SCALE_FROM_RATIO;
}

/** Round steps: 1, 2 or 5 times a power of ten, about `count` of them across the span. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

/** Maps [min, max] onto [from, to] of the range; with `log`, by the logarithm (powers of ten as ticks). */
export function scale(min: number, max: number, from: number, to: number, log: boolean, tickCount = 5): Scale {
  if (log) {
    const l0 = Math.log10(min);
    const l1 = Math.log10(max);
    const span = l1 - l0 || 1;
    const f = ((v: number) => from + ((Math.log10(v) - l0) / span) * (to - from)) as Scale;
    f.ticks = [];
    for (let p = Math.ceil(l0); p <= Math.floor(l1); p++) f.ticks.push(10 ** p);
    f.log = true;
    return f;
  }
  const lo = Math.min(0, min); // counts are read against zero
  const span = max - lo || 1;
  const f = ((v: number) => from + ((v - lo) / span) * (to - from)) as Scale;
  f.ticks = niceTicks(lo, max, tickCount);
  f.log = false;
  return f;
}

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

/**
 * Days already written out: the build draws a timeline on each of ~25,000
 * person pages at 1,000 bulletins, each asking for the same few hundred days
 * (its axis' candidate ticks) many times, and a Date made and formatted each
 * time was a tenth of a person page's render.
 */
const isoDays = new Map<number, string>();
/** Days kept at most (decades of them): past it the cache starts again, rather than grow without end. */
const ISO_DAYS_KEPT = 50_000;

export function isoOfDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDays.size >= ISO_DAYS_KEPT) isoDays.clear();
    isoDays.set(day, iso);
  }
  return iso;
}

/** Date labels along an axis at most: more overlap at the chart's width. */
export const MAX_DATE_TICKS = 7;

/**
 * Ticks for a span of days: 1 January of every year (or every few years), or
 * under two years the first of every month (or every few months), no more
 * than `max` of them.
 */
export function dateTicks(first: number, last: number, max = MAX_DATE_TICKS): number[] {
  const y0 = Number(isoOfDay(first).slice(0, 4));
  const y1 = Number(isoOfDay(last).slice(0, 4));
  const candidates: number[] = [];
  if (y1 - y0 >= 2) {
    for (let y = y0; y <= y1 + 1; y++) candidates.push(dayNumber(`${y}-01-01`));
  } else {
    for (let y = y0; y <= y1; y++) for (let m = 1; m <= 12; m++) candidates.push(dayNumber(`${y}-${String(m).padStart(2, "0")}-01`));
  }
  const inside = candidates.filter((d) => d >= first && d <= last);
  const monthly = y1 - y0 < 2;
  for (const step of monthly ? [1, 2, 3, 6, 12] : [1, 2, 5, 10, 20]) {
    // Steps stay on round dates: every third month is January, April, July, October.
    const kept = inside.filter((d) => {
      const iso = isoOfDay(d);
      return monthly ? (Number(iso.slice(5, 7)) - 1) % step === 0 : Number(iso.slice(0, 4)) % step === 0;
    });
    if (kept.length <= max) return kept;
  }
  return inside.slice(0, max);
}
