/**
 * Forwards the analytics records of a page to its backend's `insights` capability (when it has
 * one), in small batches, each stamped with this page load's session id (deflection is decided
 * per visit) and the backend's name (one analytics store may serve several). Analytics must
 * never break a widget: a failed delivery is dropped.
 */
import type { AnalyticsRecord } from '../../core/analytics.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { InsightRecord } from '../../core/insights-schemas.js';
import { randomId } from '../../core/random-id.js';

const BATCH_DELAY_MS = 1000;
const BATCH_SIZE = 25;
/** One visit: the page load. Kept in memory only, so it identifies no person across visits. */
const session = randomId();

export function createInsightsSink(connection: ServiceConnection): (record: AnalyticsRecord) => void {
  let queue: InsightRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = queue;
    queue = [];
    if (batch.length) void connection.adapter.recordEvents?.(batch).catch(() => undefined);
  };
  addEventListener('pagehide', flush);
  return (record) => {
    queue.push({ ...record, sxsession: session, sxbackend: connection.adapter.name });
    if (queue.length >= BATCH_SIZE) flush();
    else timer ??= setTimeout(flush, BATCH_DELAY_MS);
  };
}
