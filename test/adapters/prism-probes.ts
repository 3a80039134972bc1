/**
 * Shared by the vendor-spec checks (`*.prism.test.ts`): an adapter call runs against Prism through
 * /__prism/<spec>/ (test/fixtures/prism-plugin.mjs), and the proxy's log says, per request, whether
 * the vendor's OpenAPI document accepted it.
 */
import { AdapterError, type ServiceAdapter } from '../../src/core/adapter.js';

export interface PrismEntry {
  spec: string;
  probe?: string;
  method: string;
  path: string;
  query: string;
  status: number;
  verdict: 'accepted' | 'rejected' | 'response-invalid';
  error?: string;
  violations: { location?: (string | number)[]; message: string }[];
}

export type ProbeMode = 'examples' | 'dynamic';

export const operation = (entry: PrismEntry) => `${entry.method} ${entry.path}`;

export const describeEntry = (entry: PrismEntry) =>
  `${operation(entry)}${entry.query} → ${entry.status} ${entry.error ?? entry.verdict}: ${entry.violations
    .map((violation) => `${violation.location?.join('.') ?? ''} ${violation.message}`)
    .join('; ')}`;

/** The requests Prism saw for one probe tag. */
export async function prismLog(tag: string): Promise<PrismEntry[]> {
  const entries = (await (await fetch(`/__prism/log?probe=${encodeURIComponent(tag)}`)).json()) as PrismEntry[];
  return entries.filter((entry) => entry.probe === tag);
}

/** Skips the suite with one line when a spec is not beside the clone; fails when Prism did not start. */
export async function requirePrism(context: Mocha.Context, specs: readonly string[], label: string) {
  for (const spec of specs) {
    const response = await fetch(`/__prism/${spec}`);
    if (response.status === 404) {
      console.info(`skipped: ${label} Prism checks, vendor spec ${spec} not found (../shared/reference is not beside this clone)`);
      context.skip();
    }
    if (!response.ok) throw new Error(`Prism for ${spec}: ${(await response.json()).error}`);
  }
}

export interface ProbeSetup {
  /** Headers every request of this probe carries: the tag that finds it in the log, and the mode. */
  headers: Record<string, string>;
  /** A fetch that counts requests in flight, so the log is read after the last one. */
  fetch: typeof fetch;
}

/**
 * Runs one adapter call against Prism. An AdapterError is an outcome (often an incomplete vendor
 * example failing our validation); anything else is a crash and fails the test.
 */
export async function runProbe(
  tag: string,
  mode: ProbeMode,
  create: (setup: ProbeSetup) => ServiceAdapter,
  call: (adapter: ServiceAdapter) => Promise<unknown>,
) {
  // A failed Promise.all leaves its siblings running: wait for every request before reading the log.
  const pending = new Set<Promise<unknown>>();
  const adapter = create({
    headers: { 'X-Sx-Probe': tag, ...(mode === 'dynamic' ? { Prefer: 'dynamic=true' } : {}) },
    fetch: (input, init) => {
      const sent = fetch(input, init);
      pending.add(sent.catch(() => undefined));
      return sent;
    },
  });
  const outcome = await call(adapter).then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof AdapterError) return error;
      throw error;
    },
  );
  await Promise.all(pending);
  return { tag, outcome, entries: await prismLog(tag) };
}

/** Logs what Prism said of each run (shown with a filterBrowserLogs that lets `log` through). */
export function report(runs: { tag: string; outcome?: AdapterError; entries: PrismEntry[] }[]) {
  for (const each of runs) {
    const outcome = each.outcome ? `${each.outcome.kind}: ${each.outcome.message}` : 'ok';
    console.log(`prism ${each.tag}\n  adapter → ${outcome}\n  ${each.entries.map(describeEntry).join('\n  ')}`);
  }
}
