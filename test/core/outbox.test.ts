import { expect } from '@open-wc/testing';
import { AdapterError, capabilities } from '../../src/core/adapter.js';
import type { ServiceAdapter, WriteOptions } from '../../src/core/adapter.js';
import { sleep } from '../../src/core/backoff.js';
import { Outbox, deliverWrite } from '../../src/core/outbox.js';
import type { OutboxEntry, OutboxOptions, OutboxStatus } from '../../src/core/outbox.js';

const SCOPE = 'servicenow:https://it.example.test';
const comment = { ticketId: 'INC0012', text: 'The VPN drops every ten minutes' };
const networkDown = () => new AdapterError('network', 'The service could not be reached.');

/** A service desk as the outbox sees it: it counts the writes it accepted, by idempotency key. */
function fakeBackend() {
  const received = new Map<string, number>();
  let failure: AdapterError | undefined;
  let failuresLeft = Infinity;
  let delayMs = 0;
  return {
    received,
    calls: 0,
    deliveriesOf: (key: string) => received.get(key) ?? 0,
    failWith(error: AdapterError, times = Infinity) {
      failure = error;
      failuresLeft = times;
    },
    recover() {
      failure = undefined;
    },
    answerAfter(ms: number) {
      delayMs = ms;
    },
    deliver: undefined as unknown as (entry: OutboxEntry) => Promise<unknown>,
    init() {
      this.deliver = async (entry: OutboxEntry) => {
        this.calls++;
        if (delayMs) await sleep(delayMs);
        if (failure && failuresLeft > 0) {
          failuresLeft--;
          throw failure;
        }
        received.set(entry.key, (received.get(entry.key) ?? 0) + 1);
        return { accepted: entry.key };
      };
      return this;
    },
  }.init();
}
type FakeBackend = ReturnType<typeof fakeBackend>;

let databases: string[] = [];
let outboxes: Outbox[] = [];

function uniqueDbName(): string {
  const name = `sx-outbox-test-${crypto.randomUUID()}`;
  databases.push(name);
  return name;
}

function createOutbox(backend: FakeBackend, options: Partial<OutboxOptions> = {}): Outbox {
  const outbox = new Outbox({
    scope: SCOPE,
    deliver: backend.deliver,
    dbName: options.dbName ?? uniqueDbName(),
    backoff: { baseMs: 10, maxMs: 40 },
    ...options,
  });
  outboxes.push(outbox);
  return outbox;
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

async function onlyEntry(outbox: Outbox): Promise<OutboxEntry> {
  const entries = await outbox.entries();
  expect(entries).to.have.length(1);
  return entries[0]!;
}

/** Everything in the database, read with plain IndexedDB rather than through the outbox. */
async function readDatabase(name: string): Promise<OutboxEntry[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const rows: OutboxEntry[] = [];
    for (const store of db.objectStoreNames) {
      const request = db.transaction(store).objectStore(store).getAll();
      rows.push(...(await new Promise<OutboxEntry[]>((resolve) => (request.onsuccess = () => resolve(request.result)))));
    }
    return rows;
  } finally {
    db.close();
  }
}

/** Loads test/fixtures/outbox-writer.html in a frame, waits for its report, then closes it. */
async function writeInAnotherPage(params: Record<string, string>, awaited: string): Promise<void> {
  const frame = document.createElement('iframe');
  const reported = new Promise<void>((resolve) => {
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.from !== 'outbox-writer' || event.data.key !== params.key || event.data.state !== awaited) return;
      removeEventListener('message', onMessage);
      resolve();
    });
  });
  frame.src = `/test/fixtures/outbox-writer.html?${new URLSearchParams(params)}`;
  document.body.append(frame);
  await reported;
  frame.remove();
}

describe('Outbox', () => {
  afterEach(async () => {
    for (const outbox of outboxes) outbox.stop();
    await sleep(20);
    await Promise.all(
      databases.map(
        (name) =>
          new Promise((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = resolve;
          }),
      ),
    );
    outboxes = [];
    databases = [];
  });

  it('stores a comment in IndexedDB before it is sent', async () => {
    const backend = fakeBackend();
    const dbName = uniqueDbName();
    let storedWhenSent: OutboxEntry[] = [];
    const outbox = createOutbox(backend, {
      dbName,
      deliver: async (entry) => {
        storedWhenSent = await readDatabase(dbName);
        return backend.deliver(entry);
      },
    });

    const entry = await outbox.enqueue('comment', comment);
    const storedOnResolve = await readDatabase(dbName);
    expect(storedOnResolve.map((row) => row.key)).to.deep.equal([entry.key]);

    await outbox.delivered(entry.key);
    expect(storedWhenSent).to.have.length(1);
    expect(storedWhenSent[0]).to.include({ key: entry.key, scope: SCOPE, kind: 'comment' });
    expect(storedWhenSent[0]!.payload).to.deep.equal(comment);
    expect(outbox.durable).to.equal(true);
  });

  it('delivers a comment written while the service is down exactly once after it recovers', async () => {
    const backend = fakeBackend();
    backend.failWith(networkDown());
    const outbox = createOutbox(backend);
    outbox.start();

    const { key } = await outbox.enqueue('comment', comment);
    await waitFor(() => backend.calls >= 3, 'retries while the service is down');
    expect(backend.received.size).to.equal(0);
    expect((await onlyEntry(outbox)).error).to.deep.equal({ kind: 'network', message: 'The service could not be reached.' });

    backend.recover();
    const delivered = await outbox.delivered(key);
    expect(delivered.status).to.equal('delivered');
    expect(delivered.attempts).to.be.greaterThanOrEqual(3);
    expect(delivered.result).to.deep.equal({ accepted: key });

    const calls = backend.calls;
    await sleep(100);
    expect(backend.deliveriesOf(key)).to.equal(1);
    expect(backend.calls).to.equal(calls);
  });

  it('waits as long as a rate-limited service asks before trying again', async () => {
    const backend = fakeBackend();
    backend.failWith(new AdapterError('rate-limited', 'Too many requests', { retryAfter: 30 }));
    const now = 1_750_000_000_000;
    const outbox = createOutbox(backend, { now: () => now });
    const { key } = await outbox.enqueue('comment', comment);

    await waitFor(async () => (await onlyEntry(outbox)).attempts === 1, 'the first attempt');
    const entry = await onlyEntry(outbox);
    expect(entry).to.include({ key, status: 'pending', nextAttemptAt: now + 30_000 });
  });

  it('delivers after a reload what was written while the service was down', async () => {
    const dbName = uniqueDbName();
    const down = fakeBackend();
    down.failWith(networkDown());
    const before = createOutbox(down, { dbName });
    let closed = false;
    before.subscribe((entry) => {
      if (entry.status !== 'pending' || entry.attempts === 0) return;
      before.stop(); // the page closes right after its first try failed
      closed = true;
    });
    before.start();
    const { key } = await before.enqueue('comment', comment);
    await waitFor(() => closed, 'a failed attempt');

    const up = fakeBackend();
    const reloaded = createOutbox(up, { dbName });
    expect(await onlyEntry(reloaded)).to.include({ key, status: 'pending' });
    reloaded.start();
    await reloaded.delivered(key);
    await sleep(50);
    expect(up.deliveriesOf(key)).to.equal(1);
    expect(down.received.size).to.equal(0);
  });

  const closedPages = [
    { mode: 'offline', story: 'delivers a write queued by a page that was closed while the service was down', report: 'stored', leftAs: ['pending', 'sending'] },
    { mode: 'hang', story: 'sends again a write whose page was closed in the middle of sending it', report: 'sending', leftAs: ['sending'] },
  ];
  for (const { mode, story, report, leftAs } of closedPages) {
    it(story, async () => {
      const dbName = uniqueDbName();
      const key = crypto.randomUUID();
      await writeInAnotherPage({ db: dbName, scope: SCOPE, key, mode }, report);

      const backend = fakeBackend();
      const outbox = createOutbox(backend, { dbName });
      const queued = await onlyEntry(outbox);
      expect(queued).to.include({ key, kind: 'comment' });
      expect(queued.payload).to.deep.equal({ ticketId: 'INC0012', text: 'Typed in a tab that was then closed' });
      expect(leftAs).to.include(queued.status);

      outbox.start();
      await outbox.delivered(key);
      await sleep(50);
      expect(backend.deliveriesOf(key)).to.equal(1);
      expect(backend.received.size).to.equal(1);
    });
  }

  it('sends a write enqueued twice with the same key once, and answers the repeat from the store', async () => {
    const backend = fakeBackend();
    backend.answerAfter(20);
    const outbox = createOutbox(backend);

    const first = await outbox.enqueue('comment', comment, 'comment-1');
    const repeat = await outbox.enqueue('comment', { ticketId: 'INC0012', text: 'changed' }, 'comment-1');
    expect(repeat.createdAt).to.equal(first.createdAt);
    expect(repeat.payload).to.deep.equal(comment);
    await outbox.delivered('comment-1');

    const afterDelivery = await outbox.enqueue('comment', comment, 'comment-1');
    expect(afterDelivery).to.include({ status: 'delivered' });
    expect(afterDelivery.result).to.deep.equal({ accepted: 'comment-1' });
    await sleep(50);
    expect(backend.deliveriesOf('comment-1')).to.equal(1);
    expect(backend.calls).to.equal(1);
  });

  it('sends the same key once when two tabs enqueue it at the same time', async () => {
    const backend = fakeBackend();
    backend.answerAfter(20);
    const dbName = uniqueDbName();
    const tabA = createOutbox(backend, { dbName });
    const tabB = createOutbox(backend, { dbName });
    tabA.start();
    tabB.start();

    await Promise.all([tabA.enqueue('confirm', { ticketId: 'INC1' }, 'confirm-1'), tabB.enqueue('confirm', { ticketId: 'INC1' }, 'confirm-1')]);
    await Promise.all([tabA.delivered('confirm-1'), tabB.delivered('confirm-1')]);
    await sleep(50);
    expect(backend.deliveriesOf('confirm-1')).to.equal(1);
  });

  it('sends each write once when two tabs flush the same queue at the same time', async () => {
    const backend = fakeBackend();
    backend.failWith(networkDown());
    const dbName = uniqueDbName();
    const tabA = createOutbox(backend, { dbName });
    const tabB = createOutbox(backend, { dbName });
    const keys = ['w1', 'w2', 'w3', 'w4', 'w5'];
    for (const key of keys) await tabA.enqueue('comment', { ticketId: 'INC1', text: key }, key);
    await waitFor(async () => (await tabA.entries({ status: 'pending' })).every((entry) => entry.attempts === 1), 'failed first attempts');

    backend.recover();
    backend.answerAfter(10);
    await Promise.all([tabA.flush({ force: true }), tabB.flush({ force: true })]);
    await Promise.all([tabA.flush({ force: true }), tabB.flush({ force: true })]);

    expect(Object.fromEntries(backend.received)).to.deep.equal({ w1: 1, w2: 1, w3: 1, w4: 1, w5: 1 });
    expect((await tabB.entries()).map((entry) => entry.status)).to.deep.equal(keys.map(() => 'delivered'));
  });

  it('keeps a write the service refuses for good until the user retries it', async () => {
    const backend = fakeBackend();
    backend.failWith(new AdapterError('forbidden', 'You may not comment on this ticket.'));
    const dbName = uniqueDbName();
    const outbox = createOutbox(backend, { dbName });
    outbox.start();

    const { key } = await outbox.enqueue('reopen', { ticketId: 'INC7', reason: 'Still broken' });
    const failure = await outbox.delivered(key).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(AdapterError);
    expect((failure as AdapterError).kind).to.equal('forbidden');
    await sleep(100);
    expect(backend.calls).to.equal(1);

    const reloaded = createOutbox(backend, { dbName });
    reloaded.start();
    await sleep(50);
    expect(backend.calls).to.equal(1);
    const [failed] = await reloaded.entries({ status: 'failed' });
    expect(failed).to.include({ key, kind: 'reopen' });
    expect(failed!.payload).to.deep.equal({ ticketId: 'INC7', reason: 'Still broken' });
    expect(failed!.error).to.deep.equal({ kind: 'forbidden', message: 'You may not comment on this ticket.' });

    backend.recover();
    await reloaded.retry(key);
    await reloaded.delivered(key);
    expect(backend.deliveriesOf(key)).to.equal(1);
  });

  it('forgets a discarded write, and whoever waited for it hears it was dropped', async () => {
    const backend = fakeBackend();
    backend.failWith(networkDown());
    const outbox = createOutbox(backend, { backoff: { baseMs: 60_000, random: () => 1 } });
    const { key } = await outbox.enqueue('comment', comment);
    await waitFor(async () => (await onlyEntry(outbox)).attempts === 1, 'the first attempt');

    const waiting = outbox.delivered(key).then(
      () => undefined,
      (error: unknown) => error,
    );
    await outbox.discard(key);
    expect(await outbox.entries()).to.deep.equal([]);
    expect(await waiting).to.be.instanceOf(DOMException).with.property('name', 'AbortError');
    await outbox.flush({ force: true });
    expect(backend.calls).to.equal(1);
  });

  it('a reloaded page tries a write the earlier page left waiting at once, whatever its backoff', async () => {
    const dbName = uniqueDbName();
    const slowBackoff = { baseMs: 60_000, maxMs: 60_000, random: () => 1 };
    const down = fakeBackend();
    down.failWith(networkDown());
    const before = createOutbox(down, { dbName, backoff: slowBackoff });
    const { key } = await before.enqueue('comment', { ticketId: 'INC1', text: 'Still waiting' });
    await waitFor(async () => (await onlyEntry(before)).attempts === 1, 'the first attempt');
    before.stop();
    expect((await onlyEntry(before)).nextAttemptAt).to.be.greaterThan(Date.now() + 50_000);

    const up = fakeBackend();
    const reloaded = createOutbox(up, { dbName, backoff: slowBackoff });
    reloaded.start();
    await reloaded.delivered(key);
    expect(up.deliveriesOf(key)).to.equal(1);
  });

  it('sends at once when the browser comes back online, not before its time otherwise', async () => {
    const backend = fakeBackend();
    backend.failWith(networkDown());
    const outbox = createOutbox(backend, { backoff: { baseMs: 60_000, maxMs: 60_000, random: () => 1 } });
    outbox.start();
    const { key } = await outbox.enqueue('satisfaction', {
      id: 'rating-1',
      subject: { type: 'ticket', id: 'INC9' },
      scale: 'csat5',
      score: 5,
      reasons: [],
      anonymous: false,
      submittedAt: '2025-06-01T10:00:00Z',
    });
    await waitFor(async () => (await onlyEntry(outbox)).attempts === 1, 'the first attempt');

    backend.recover();
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(100);
    expect(backend.calls).to.equal(1);

    dispatchEvent(new Event('online'));
    await outbox.delivered(key);
    expect(backend.deliveriesOf(key)).to.equal(1);
  });

  it('delivers only the writes of its own backend', async () => {
    const dbName = uniqueDbName();
    const serviceNow = fakeBackend();
    serviceNow.failWith(networkDown());
    const zendesk = fakeBackend();
    const forServiceNow = createOutbox(serviceNow, { dbName, scope: 'servicenow:a' });
    const forZendesk = createOutbox(zendesk, { dbName, scope: 'zendesk:b' });
    forZendesk.start();

    await forServiceNow.enqueue('comment', comment, 'shared-key');
    await forZendesk.flush({ force: true });
    expect(zendesk.calls).to.equal(0);
    expect(await forZendesk.entries()).to.deep.equal([]);

    await forZendesk.enqueue('comment', comment, 'shared-key');
    await forZendesk.delivered('shared-key');
    expect(zendesk.deliveriesOf('shared-key')).to.equal(1);
    expect(serviceNow.received.size).to.equal(0);
    expect(await onlyEntry(forServiceNow)).to.include({ scope: 'servicenow:a', status: 'pending' });
  });

  it('tells subscribers each step from pending to delivered', async () => {
    const backend = fakeBackend();
    backend.failWith(new AdapterError('server', 'Try again'), 1);
    const outbox = createOutbox(backend);
    outbox.start();
    const statuses: OutboxStatus[] = [];
    const unsubscribe = outbox.subscribe((entry) => statuses.push(entry.status));

    const { key } = await outbox.enqueue('article-feedback', { articleId: 'KB1', helpful: true });
    await outbox.delivered(key);
    expect(statuses).to.deep.equal(['pending', 'sending', 'pending', 'sending', 'delivered']);

    unsubscribe();
    await outbox.delivered((await outbox.enqueue('confirm', { ticketId: 'INC2' })).key);
    expect(statuses).to.have.length(5);
  });

  it('prunes delivered writes after a week', async () => {
    const backend = fakeBackend();
    let now = Date.now();
    const outbox = createOutbox(backend, { now: () => now });
    await outbox.delivered((await outbox.enqueue('comment', comment, 'old')).key);

    now += 6 * 86_400_000;
    await outbox.flush();
    expect(await outbox.entries()).to.have.length(1);
    now += 2 * 86_400_000;
    await outbox.flush();
    expect(await outbox.entries()).to.deep.equal([]);
  });

  it('keeps working in memory, and says so, where IndexedDB is unavailable', async () => {
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('IndexedDB is disabled in private mode', 'InvalidStateError');
    };
    try {
      const backend = fakeBackend();
      const outbox = createOutbox(backend);
      const { key } = await outbox.enqueue('comment', comment);
      await outbox.delivered(key);
      expect(backend.deliveriesOf(key)).to.equal(1);
      expect(outbox.durable).to.equal(false);
    } finally {
      indexedDB.open = open;
    }
  });
});

describe('Outbox at the edges', () => {
  const opened: Outbox[] = [];
  const open = (options: Partial<OutboxOptions> & Pick<OutboxOptions, 'deliver'>) => {
    const outbox = new Outbox({ scope: SCOPE, dbName: uniqueDbName(), backoff: { baseMs: 10, maxMs: 40 }, ...options });
    opened.push(outbox);
    return outbox;
  };
  const setOnline = (online: boolean) => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  afterEach(() => {
    for (const outbox of opened.splice(0)) outbox.stop();
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('sends at most two writes at a time, so hung writes leave connections for reads', async () => {
    let inFlight = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const outbox = open({
      deliver: () => {
        most = Math.max(most, ++inFlight);
        return new Promise((resolve) => release.push(() => resolve({ ok: true }))).finally(() => inFlight--);
      },
    });
    const keys = await Promise.all([1, 2, 3, 4, 5, 6].map(async (n) => (await outbox.enqueue('comment', { ticketId: `T${n}`, text: 'x' })).key));
    await sleep(100);
    expect(inFlight).to.equal(2);
    while (release.length || inFlight) {
      release.shift()?.();
      await sleep(10);
    }
    await Promise.all(keys.map((key) => outbox.delivered(key)));
    expect(most).to.equal(2);
  });

  it('aborts a write that gets no answer within its timeout and keeps it for a later try', async () => {
    let signalSeen: AbortSignal | undefined;
    const outbox = open({
      sendTimeoutMs: 150,
      deliver: (_entry, signal) => {
        signalSeen = signal;
        return new Promise(() => undefined);
      },
    });
    await outbox.enqueue('comment', comment);
    await waitFor(async () => (await onlyEntry(outbox)).error?.kind === 'timeout', 'the send timeout');
    expect(signalSeen?.aborted).to.equal(true);
    expect((await onlyEntry(outbox)).status).to.equal('pending');
  });

  it('counts a conflict answered to a write sent before as delivered: the first send reached the backend', async () => {
    let calls = 0;
    const outbox = open({
      deliver: async () => {
        calls++;
        if (calls === 1) throw new AdapterError('server', 'HTTP 502 (the answer was lost)');
        throw new AdapterError('conflict', 'HTTP 409: duplicate Idempotency-Key', { status: 409 });
      },
    });
    outbox.start();
    const { key } = await outbox.enqueue('comment', comment);
    const delivered = await outbox.delivered(key);
    expect(delivered.status).to.equal('delivered');
    expect(calls).to.equal(2);
  });

  it('still fails a conflict on the first send: the backend refused it', async () => {
    const outbox = open({ deliver: async () => Promise.reject(new AdapterError('conflict', 'HTTP 409', { status: 409 })) });
    const { key } = await outbox.enqueue('reopen', { ticketId: 'INC1', reason: 'still broken' });
    const error = await outbox.delivered(key).then(
      () => undefined,
      (failure: unknown) => failure as AdapterError,
    );
    expect(error?.kind).to.equal('conflict');
  });

  it('counts a 2xx whose answer does not validate as delivered, not as "Not sent"', async () => {
    const outbox = open({
      deliver: async () => {
        throw new AdapterError('invalid-response', 'Unexpected addComment result: id: required', { issues: [{ path: 'id', message: 'required' }] });
      },
    });
    const { key } = await outbox.enqueue('comment', comment);
    const delivered = await outbox.delivered(key);
    expect(delivered.status).to.equal('delivered');
    expect(delivered.result).to.equal(undefined);
  });

  it('makes no attempt while the browser is offline, and sends once it is back online', async () => {
    let calls = 0;
    const outbox = open({
      deliver: async () => {
        calls++;
        return { ok: true };
      },
    });
    outbox.start();
    setOnline(false);
    const { key } = await outbox.enqueue('comment', comment);
    await sleep(400);
    expect(calls).to.equal(0);
    expect((await onlyEntry(outbox)).error?.kind).to.equal('network');
    setOnline(true);
    dispatchEvent(new Event('online'));
    await outbox.delivered(key);
    expect(calls).to.equal(1);
  });

  it('waits at least two seconds between automatic retries by default, however the jitter falls', async () => {
    let calls = 0;
    const outbox = new Outbox({ scope: SCOPE, dbName: uniqueDbName(), deliver: async () => Promise.reject(new AdapterError('server', `fail ${++calls}`)) });
    opened.push(outbox);
    outbox.start();
    const started = Date.now();
    await outbox.enqueue('comment', comment);
    await sleep(1500);
    expect(calls).to.equal(1);
    const entry = await onlyEntry(outbox);
    expect(entry.nextAttemptAt - started).to.be.at.least(2000);
  });

  it('keeps the key of a delivered write but not the text the person typed', async () => {
    const dbName = uniqueDbName();
    const outbox = open({ dbName, deliver: async () => ({ ok: true }) });
    const sent = await outbox.enqueue('comment', comment);
    const request = await outbox.enqueue('request', { itemId: 'laptop', values: { email: 'sam@example.com', phone: '+31 6 1234 5678' } });
    await outbox.delivered(sent.key);
    await outbox.delivered(request.key);
    const stored = JSON.stringify(await readDatabase(dbName));
    expect(stored).to.contain(sent.key);
    expect(stored).not.to.contain('VPN drops');
    expect(stored).not.to.contain('sam@example.com');
    expect(stored).not.to.contain('1234 5678');
    // A repeated enqueue of the delivered key is still answered from the store, not sent again.
    expect((await outbox.enqueue('comment', comment, sent.key)).status).to.equal('delivered');
  });
});

describe('deliverWrite', () => {
  function recordingAdapter(calls: unknown[][]): ServiceAdapter {
    const record =
      (method: string) =>
      async (...args: unknown[]) => {
        calls.push([method, ...args]);
        return { method };
      };
    return {
      name: 'recording',
      id: 'recording:test',
      capabilities: capabilities('comments', 'reopen', 'confirm', 'satisfaction', 'requests', 'article-feedback'),
      addComment: record('addComment'),
      reopenTicket: record('reopenTicket'),
      confirmResolution: record('confirmResolution'),
      submitSatisfaction: record('submitSatisfaction'),
      submitRequest: record('submitRequest'),
      sendArticleFeedback: record('sendArticleFeedback'),
    } as unknown as ServiceAdapter;
  }

  const base = { scope: 'recording:test', createdAt: '2025-06-01T10:00:00Z', attempts: 0, nextAttemptAt: 0, status: 'sending' as const };
  const options: WriteOptions = { idempotencyKey: 'key-1' };
  const rating = {
    id: 'r1',
    subject: { type: 'topic' as const, id: 'vpn' },
    scale: 'thumbs' as const,
    score: 1,
    reasons: [],
    anonymous: true,
    submittedAt: '2025-06-01T10:00:00Z',
  };

  it('calls the adapter method of each kind with the entry key as idempotency key', async () => {
    const calls: unknown[][] = [];
    const adapter = recordingAdapter(calls);
    const entries: OutboxEntry[] = [
      { ...base, key: 'key-1', kind: 'comment', payload: { ticketId: 'T1', text: 'hello' } },
      { ...base, key: 'key-1', kind: 'reopen', payload: { ticketId: 'T1', reason: 'again' } },
      { ...base, key: 'key-1', kind: 'confirm', payload: { ticketId: 'T1' } },
      { ...base, key: 'key-1', kind: 'satisfaction', payload: rating },
      { ...base, key: 'key-1', kind: 'request', payload: { itemId: 'laptop', values: { model: 'x1' } } },
      { ...base, key: 'key-1', kind: 'article-feedback', payload: { articleId: 'KB1', helpful: false } },
    ];
    for (const entry of entries) await deliverWrite(adapter, entry);
    expect(calls).to.deep.equal([
      ['addComment', 'T1', 'hello', options],
      ['reopenTicket', 'T1', 'again', options],
      ['confirmResolution', 'T1', options],
      ['submitSatisfaction', rating, options],
      ['submitRequest', { itemId: 'laptop', values: { model: 'x1' } }, options],
      ['sendArticleFeedback', { articleId: 'KB1', helpful: false }, options],
    ]);
  });

  it('fails for good when the backend cannot take that kind of write', async () => {
    const adapter = { name: 'readonly', id: 'readonly:test', capabilities: capabilities('search') } as ServiceAdapter;
    const error = await deliverWrite(adapter, { ...base, key: 'k', kind: 'confirm', payload: { ticketId: 'T1' } }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).transient).to.equal(false);
  });
});
