/**
 * How long each part of a build took, printed as one line at its end
 * (`phases: parse 10.9 s · search 4.5 s · … · prerender 79.5 s`), so a slow
 * build says where its time went without a profiler, and `npm run bench:web`
 * can show it. Phases are recorded by the plugins that run them, which share
 * this module within one build (vite.config.ts loads them together).
 */

/** Phases shorter than this are left out of the line: they are noise beside the rest. */
const SHOWN_FROM_MS = 50;

export class BuildPhases {
  private readonly spans = new Map<string, number>();
  /** When the last phase recorded ended: `lap` counts from there. */
  private lastEnd = performance.now();

  /** Starts a new build's record. */
  reset(): void {
    this.spans.clear();
    this.lastEnd = performance.now();
  }

  /** Adds `ms` to the phase `name` (a phase may run in several pieces). */
  add(name: string, ms: number): void {
    this.spans.set(name, (this.spans.get(name) ?? 0) + ms);
    this.lastEnd = performance.now();
  }

  /** Records the time since the last phase ended as `name`: work of others (the bundler) between two of ours. */
  lap(name: string): void {
    this.add(name, performance.now() - this.lastEnd);
  }

  /** Runs `work` as (part of) phase `name`. */
  time<T>(name: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(name, performance.now() - started);
    }
  }

  async timeAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(name, performance.now() - started);
    }
  }

  /** The closing line, phases in the order they first ran; null when none was recorded. */
  summary(): string | null {
    const shown = [...this.spans].filter(([, ms]) => ms >= SHOWN_FROM_MS);
    if (shown.length === 0) return null;
    return `phases: ${shown.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(" · ")}`;
  }
}

/** The running build's phases. */
export const buildPhases = new BuildPhases();
