/**
 * The control routes of the stateful fixture servers (test/fixtures/rest-routes.mjs and
 * zendesk-routes.mjs): reset the data, inject faults, read the request log and the contract check.
 */
export interface FixtureFault {
  status?: number;
  retryAfter?: number | string;
  delayMs?: number;
  malformed?: boolean;
  /** Dotted path of a field to drop from the next answers ("tickets.0.state"). */
  omit?: string;
  /** Only requests whose path contains this. */
  path?: string;
  /** How many requests fail (default: all until the next reset). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

export interface ContractReport {
  /** False when the server has no document to check against (vendor specs not present). */
  available: boolean;
  violations: string[];
  operations: { seen: string[]; documented: string[] };
}

async function control(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

export function fixtureControl(prefix: string) {
  return {
    reset: () => control(`${prefix}/__reset`, { method: 'POST' }).then(() => undefined),
    fault: (fault: FixtureFault) =>
      control(`${prefix}/__fault`, { method: 'POST', body: JSON.stringify(fault) }).then(() => undefined),
    requests: async () => (await (await control(`${prefix}/__requests`)).json()) as RecordedRequest[],
    contract: async () => (await (await control(`${prefix}/__contract`)).json()) as ContractReport,
    state: async <T>() => (await (await control(`${prefix}/__state`)).json()) as T,
  };
}
