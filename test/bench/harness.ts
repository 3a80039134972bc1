/**
 * The page side of `npm run bench` (scripts/bench.mjs explains the protocol): time something a
 * number of times, then publish the figures for the harness to read.
 */
export interface BenchFigure {
  name: string;
  /** Milliseconds, or a unitless score (layout shift), printed with three decimals. */
  unit: 'ms' | 'score';
  samples: number[];
  /** Compared with the p95 of the samples. */
  budget?: number;
  note?: string;
}

declare global {
  interface Window {
    __benchResult?: BenchFigure[] | Promise<BenchFigure[]>;
    /** Set by scripts/bench.mjs: Chromium's CPU throttling rate, through CDP (1 = off). */
    __benchSetCpuThrottling?: (rate: number) => Promise<void>;
  }
}

/** Runs `prepare` (untimed), then times `run`, `count` times; a frame passes between samples. */
export async function sample<T>(count: number, prepare: () => T, run: (prepared: T) => unknown, cleanUp?: (prepared: T) => void): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const prepared = prepare();
    const start = performance.now();
    await run(prepared);
    samples.push(performance.now() - start);
    cleanUp?.(prepared);
    await new Promise(requestAnimationFrame);
  }
  return samples;
}

/** Hands the figures to the harness; a failure becomes a page error the harness reports. */
export function publish(figures: Promise<BenchFigure[]>): void {
  window.__benchResult = figures;
}

/**
 * Runs `work` with Chromium's CPU slowed `rate` times (CDP `Emulation.setCPUThrottlingRate`), as a
 * low-end laptop or a busy one would run it. Undefined when the page is opened outside the harness.
 */
export async function withCpuThrottling<T>(rate: number, work: () => Promise<T>): Promise<T | undefined> {
  const setRate = window.__benchSetCpuThrottling;
  if (!setRate) return undefined;
  await setRate(rate);
  try {
    return await work();
  } finally {
    await setRate(1);
  }
}
