import { expect } from '@open-wc/testing';
import { AdapterError, toAdapterError } from '../../src/core/adapter.js';
import type { AdapterErrorKind } from '../../src/core/adapter.js';
import { createHttpClient, errorFromResponse } from '../../src/core/http.js';
import type { HttpClientOptions } from '../../src/core/http.js';

const baseUrl = `${location.origin}/__fixtures/http`;
/** Random wait 0 → retries follow each other at once unless the server says otherwise. */
const fastBackoff = { baseMs: 10, random: () => 0 };

interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
}
interface Echo {
  method: string;
  url: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

function client(options: Partial<HttpClientOptions> = {}) {
  return createHttpClient({ baseUrl, backoff: fastBackoff, ...options });
}

function newId(): string {
  return crypto.randomUUID();
}

async function callsReceived(id: string): Promise<RecordedCall[]> {
  const response = await fetch(`${baseUrl}/calls?id=${id}`);
  return ((await response.json()) as { calls: RecordedCall[] }).calls;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

async function adapterFailure(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await failure(promise);
  expect(error).to.be.instanceOf(AdapterError);
  return error as AdapterError;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('http client', () => {
  describe('a failed response becomes the error kind the UI understands', () => {
    const expected: [number, AdapterErrorKind][] = [
      [400, 'invalid-response'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [405, 'invalid-response'],
      [408, 'timeout'],
      [409, 'conflict'],
      [410, 'not-found'],
      [412, 'conflict'],
      [422, 'invalid-response'],
      [429, 'rate-limited'],
      [500, 'server'],
      [502, 'server'],
      [503, 'server'],
      [504, 'server'],
    ];
    for (const [status, kind] of expected) {
      it(`HTTP ${status} → ${kind}`, async () => {
        const error = await adapterFailure(client({ retries: 0 }).get(`/status/${status}`));
        expect(error.kind).to.equal(kind);
        expect(error.status).to.equal(status);
      });
    }

    it('names method, path and status for developers, but not the query string', async () => {
      const error = await adapterFailure(
        client().get('/status/404', { query: { text: 'my salary' }, idempotent: false }),
      );
      expect(error.message).to.contain('GET /status/404').and.contain('404');
      expect(error.message).not.to.contain('salary');
    });

    it('reads Retry-After as seconds on 429 and 503, both delta and HTTP date', async () => {
      const delta = await adapterFailure(client({ retries: 0 }).get('/status/429', { query: { retryAfter: 7 } }));
      expect(delta.retryAfter).to.equal(7);
      const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
      const date = await adapterFailure(client({ retries: 0 }).get('/status/503', { query: { retryAfter: inTwoMinutes } }));
      expect(date.retryAfter).to.be.within(118, 121);
    });

    it('is exported for adapters that read responses themselves', () => {
      const response = new Response(null, { status: 429, headers: { 'Retry-After': '3' } });
      const error = errorFromResponse(response, 'daily quota used up', 'GET /search');
      expect(error.kind).to.equal('rate-limited');
      expect(error.retryAfter).to.equal(3);
      expect(error.message).to.contain('GET /search: HTTP 429').and.contain('daily quota used up');
    });
  });

  describe('successful responses', () => {
    it('returns parsed JSON with status and headers', async () => {
      const response = await client().get<{ method: string }>('/echo');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.contain('application/json');
      expect(response.data.method).to.equal('GET');
    });

    it('gives undefined data for 204 No Content', async () => {
      const response = await client().delete('/status/204');
      expect(response.status).to.equal(204);
      expect(response.data).to.equal(undefined);
    });

    it('returns text when asked', async () => {
      const response = await client().get<string>('/malformed', { responseType: 'text' });
      expect(response.data).to.equal('{"title": "VPN", ');
    });

    it('reports a body that is not JSON as invalid-response', async () => {
      const error = await adapterFailure(client().get('/malformed'));
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.contain('not JSON');
    });

    it('sends a JSON body with its content type and asks for JSON', async () => {
      const { data } = await client().post<Echo>('/echo', { title: 'Printer on fire' });
      expect(data.method).to.equal('POST');
      expect(data.body).to.deep.equal({ title: 'Printer on fire' });
      expect(data.headers['content-type']).to.equal('application/json');
      expect(data.headers.accept).to.equal('application/json');
    });
  });

  describe('URLs', () => {
    function recordingFetch(urls: string[]): typeof fetch {
      return async (input) => {
        urls.push(String(input));
        return new Response('{}', { status: 200 });
      };
    }

    it('joins base URL and path whatever their slashes, and adds the query without undefined values', async () => {
      const urls: string[] = [];
      const http = createHttpClient({ baseUrl: 'https://sn.example.com/api/now/', fetch: recordingFetch(urls) });
      await http.get('/table/incident', { query: { active: true, limit: 5, text: 'vpn down', skip: undefined } });
      await http.get('table/incident?sysparm_fields=number', { query: { limit: 1 } });
      await http.get('https://other.example.com/x');
      expect(urls).to.deep.equal([
        'https://sn.example.com/api/now/table/incident?active=true&limit=5&text=vpn+down',
        'https://sn.example.com/api/now/table/incident?sysparm_fields=number&limit=1',
        'https://other.example.com/x',
      ]);
    });

    it('resolves a relative base URL against the page', async () => {
      const urls: string[] = [];
      await createHttpClient({ baseUrl: '/api', fetch: recordingFetch(urls) }).get('tickets');
      expect(urls).to.deep.equal([`${location.origin}/api/tickets`]);
    });
  });

  describe('auth and headers', () => {
    it("sends getToken's token as a Bearer header and never in the URL", async () => {
      const id = newId();
      const http = client({ getToken: async () => 'tok-3f9a' });
      const { data } = await http.get<Echo>('/echo', { query: { id } });
      expect(data.headers.authorization).to.equal('Bearer tok-3f9a');
      const [call] = await callsReceived(id);
      expect(call?.url).not.to.contain('tok-3f9a');
    });

    it('sends no Authorization when getToken has no token', async () => {
      const { data } = await client({ getToken: () => undefined }).get<Echo>('/echo');
      expect(data.headers).not.to.have.property('authorization');
    });

    it('reports a failing getToken as unauthorized without sending the request', async () => {
      const id = newId();
      const http = client({
        getToken: () => {
          throw new Error('sign-in popup closed');
        },
      });
      const error = await adapterFailure(http.get('/echo', { query: { id } }));
      expect(error.kind).to.equal('unauthorized');
      expect(await callsReceived(id)).to.have.length(0);
    });

    it('asks the header function again for every request', async () => {
      let asked = 0;
      const http = client({ headers: () => ({ 'X-Request-Number': String(++asked) }) });
      const numbers: string[] = [];
      for (let i = 0; i < 3; i++) numbers.push((await http.get<Echo>('/echo')).data.headers['x-request-number'] ?? '');
      expect(numbers).to.deep.equal(['1', '2', '3']);
    });

    it('lets request headers override client headers', async () => {
      const http = client({ headers: { 'X-Tenant': 'a', 'X-Client': 'sx' } });
      const { data } = await http.get<Echo>('/echo', { headers: { 'x-tenant': 'b' } });
      expect(data.headers['x-tenant']).to.equal('b');
      expect(data.headers['x-client']).to.equal('sx');
    });

    it('uses a custom fetch when given', async () => {
      const seen: { url: string; method: string | undefined; accept: string | null }[] = [];
      const customFetch: typeof fetch = async (input, init) => {
        seen.push({ url: String(input), method: init?.method, accept: new Headers(init?.headers).get('Accept') });
        return new Response(JSON.stringify({ from: 'custom' }), { status: 200 });
      };
      const response = await client({ fetch: customFetch }).patch('/tickets/7', { state: 'resolved' });
      expect(response.data).to.deep.equal({ from: 'custom' });
      expect(seen).to.deep.equal([{ url: `${baseUrl}/tickets/7`, method: 'PATCH', accept: 'application/json' }]);
    });
  });

  describe('retries', () => {
    it('retries a 429 after the Retry-After seconds and then succeeds', async () => {
      const id = newId();
      const started = performance.now();
      const response = await client().get<{ ok: boolean }>('/flaky', {
        query: { id, failures: 1, status: 429, retryAfter: 1 },
      });
      expect(response.data.ok).to.equal(true);
      expect(performance.now() - started).to.be.within(950, 3000);
      expect(await callsReceived(id)).to.have.length(2);
    });

    it('gives up at once when Retry-After is longer than a minute', async () => {
      const id = newId();
      const started = performance.now();
      const error = await adapterFailure(client().get('/status/429', { query: { id, retryAfter: 3600 } }));
      expect(error.kind).to.equal('rate-limited');
      expect(error.retryAfter).to.equal(3600);
      expect(performance.now() - started).to.be.below(1000);
      expect(await callsReceived(id)).to.have.length(1);
    });

    it('retries a GET on 503 up to the limit', async () => {
      const id = newId();
      const error = await adapterFailure(client({ retries: 2 }).get('/flaky', { query: { id, failures: 10 } }));
      expect(error.kind).to.equal('server');
      expect(await callsReceived(id)).to.have.length(3);
    });

    it('sends a POST without idempotency key exactly once, even on 503', async () => {
      const id = newId();
      const error = await adapterFailure(client({ retries: 2 }).post('/flaky', { rating: 5 }, { query: { id } }));
      expect(error.kind).to.equal('server');
      expect(await callsReceived(id)).to.have.length(1);
    });

    it('retries a POST with an idempotency key, sending the key every time', async () => {
      const id = newId();
      const response = await client({ retries: 2 }).post<{ ok: boolean }>(
        '/flaky',
        { rating: 5 },
        { query: { id, failures: 2 }, idempotencyKey: 'rating-42' },
      );
      expect(response.data.ok).to.equal(true);
      const calls = await callsReceived(id);
      expect(calls.map((call) => call.headers['idempotency-key'])).to.deep.equal(['rating-42', 'rating-42', 'rating-42']);
    });

    it('does not retry errors that repeating cannot fix', async () => {
      const id = newId();
      const error = await adapterFailure(client({ retries: 2 }).get('/flaky', { query: { id, failures: 5, status: 404 } }));
      expect(error.kind).to.equal('not-found');
      expect(await callsReceived(id)).to.have.length(1);
    });
  });

  describe('timeouts, aborts and unreachable servers', () => {
    it('turns a slow answer into a timeout after one attempt, not one per retry', async () => {
      const id = newId();
      const started = performance.now();
      const error = await adapterFailure(
        client({ timeoutMs: 150, retries: 2 }).get('/slow', { query: { id, ms: 5000 } }),
      );
      expect(error.kind).to.equal('timeout');
      expect(performance.now() - started).to.be.below(1000);
      expect(await callsReceived(id)).to.have.length(1);
    });

    it('times out a response that drips its body, within one timeout', async () => {
      const id = newId();
      const started = performance.now();
      const error = await adapterFailure(client({ timeoutMs: 400, retries: 2 }).get('/drip', { query: { id, ms: 50 } }));
      expect(error.kind).to.equal('timeout');
      expect(performance.now() - started).to.be.below(1500);
      expect(await callsReceived(id)).to.have.length(1);
    });

    it("rejects with the caller's AbortError during a request and sends nothing more", async () => {
      const id = newId();
      const controller = new AbortController();
      const pending = client({ retries: 2 }).get('/slow', { query: { id, ms: 5000 }, signal: controller.signal });
      await wait(150);
      controller.abort();
      const error = await failure(pending);
      expect(error).to.equal(controller.signal.reason);
      expect((error as DOMException).name).to.equal('AbortError');
      await wait(200);
      expect(await callsReceived(id)).to.have.length(1);
    });

    it("rejects an aborted POST with the caller's own reason, not an AdapterError", async () => {
      const controller = new AbortController();
      const pending = client().post('/slow', { comment: 'hi' }, { query: { ms: 5000 }, signal: controller.signal });
      await wait(100);
      const reason = new DOMException('user left the page', 'AbortError');
      controller.abort(reason);
      expect(await failure(pending)).to.equal(reason);
    });

    it('stops waiting between retries as soon as the caller aborts', async () => {
      const id = newId();
      const controller = new AbortController();
      const http = client({ retries: 2, backoff: { baseMs: 5000, random: () => 1 } });
      const started = performance.now();
      const pending = http.get('/flaky', { query: { id, failures: 10 }, signal: controller.signal });
      await wait(300);
      controller.abort();
      const error = await failure(pending);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(performance.now() - started).to.be.below(1000);
      expect(await callsReceived(id)).to.have.length(1);
    });

    it('reads a redirect to an HTML sign-in page as "sign in", not as a broken connection', async () => {
      const error = await adapterFailure(client({ retries: 0 }).get('/signin-redirect'));
      expect(error.kind).to.equal('unauthorized');
    });

    it('gives an empty or null 200 body as undefined or null data, which adapters then read as a bad answer', async () => {
      expect((await client().get('/empty')).data).to.equal(undefined);
      expect((await client().get('/null')).data).to.equal(null);
      // What an adapter does with it: reading a field of nothing is a bad answer, not a lost connection.
      const read = client()
        .get<{ items: unknown[] } | null>('/null')
        .then(({ data }) => data!.items.length)
        .catch((error: unknown) => Promise.reject(toAdapterError(error)));
      expect((await adapterFailure(read)).kind).to.equal('invalid-response');
    });

    it('reports an unreachable server as a network error', async () => {
      const http = createHttpClient({ baseUrl: 'http://127.0.0.1:9/', retries: 0 });
      const error = await adapterFailure(http.get('/tickets'));
      expect(error.kind).to.equal('network');
    });
  });
});
