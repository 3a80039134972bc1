/**
 * What every adapter over HTTP must do beyond the contract suite, run against its stateful fixture
 * server: map each failure to its AdapterError kind, honour Retry-After and timeouts, reject a
 * broken or incomplete payload by naming the field, and carry the host's auth as given.
 */
import { expect } from '@open-wc/testing';
import { AdapterError, type ServiceAdapter } from '../../../src/core/adapter.js';
import type { HttpClientOptions } from '../../../src/core/http.js';
import { withValidation } from '../../../src/core/validate.js';
import { fixtureControl } from './fixture-control.js';

export type RemoteOptions = Pick<HttpClientOptions, 'getToken' | 'headers' | 'fetch' | 'timeoutMs' | 'retries'>;

export interface RemoteHarness {
  /** Base URL of the fixture server, also its control prefix. */
  prefix: string;
  create(options: RemoteOptions): ServiceAdapter;
  /** A read that needs no sign-in (knowledge search). */
  publicRead(adapter: ServiceAdapter): Promise<unknown>;
  /** A read of the signed-in person's data (their tickets). */
  personalRead(adapter: ServiceAdapter): Promise<unknown>;
  /** A read of an object that does not exist. */
  missingRead(adapter: ServiceAdapter): Promise<unknown>;
  /** A read whose answer loses `omit` (a dotted path); the error must name `named`. */
  incomplete: { path: string; omit: string; named: string; read(adapter: ServiceAdapter): Promise<unknown> };
}

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'the call should fail').to.be.instanceOf(AdapterError);
  return error as AdapterError;
}

export function runRemoteAdapterSuite(name: string, harness: RemoteHarness) {
  const fixture = fixtureControl(harness.prefix);
  const signedIn = (options: RemoteOptions = {}) =>
    withValidation(harness.create({ getToken: () => 'token-of-sam', retries: 0, ...options }));

  describe(`${name} adapter: failures over HTTP`, () => {
    beforeEach(() => fixture.reset());

    for (const [status, kind] of [
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [500, 'server'],
    ] as const) {
      it(`reports HTTP ${status} as ${kind}`, async () => {
        await fixture.fault({ status });
        const error = await failure(harness.personalRead(signedIn()));
        expect(error.kind).to.equal(kind);
        expect(error.status).to.equal(status);
      });
    }

    it('reports an object that does not exist as not-found', async () => {
      expect((await failure(harness.missingRead(signedIn()))).kind).to.equal('not-found');
      // A read made of several requests fails on the first 404; its siblings may still be on their
      // way. Let them land here, not in the next test, which counts requests.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });

    it('gives up at once on a 429 whose Retry-After is long, and passes the wait on', async () => {
      await fixture.fault({ status: 429, retryAfter: 120 });
      const error = await failure(harness.publicRead(signedIn({ retries: 2 })));
      expect(error.kind).to.equal('rate-limited');
      expect(error.retryAfter).to.equal(120);
      expect(await fixture.requests()).to.have.length(1);
    });

    it('waits out a short Retry-After and then succeeds', async () => {
      await fixture.fault({ status: 429, retryAfter: 1, times: 1 });
      const started = performance.now();
      await harness.publicRead(signedIn({ retries: 2 }));
      expect(performance.now() - started).to.be.at.least(900);
      expect(await fixture.requests()).to.have.length(2);
    });

    it('retries a read after a server error and recovers', async () => {
      await fixture.fault({ status: 503, times: 1 });
      await harness.publicRead(signedIn({ retries: 1 }));
      expect(await fixture.requests()).to.have.length(2);
    });

    it('reports a slow answer as a timeout', async () => {
      await fixture.fault({ delayMs: 2000 });
      const error = await failure(harness.publicRead(signedIn({ timeoutMs: 150 })));
      expect(error.kind).to.equal('timeout');
    });

    it('reports a body that is not JSON as invalid-response', async () => {
      await fixture.fault({ malformed: true });
      expect((await failure(harness.personalRead(signedIn()))).kind).to.equal('invalid-response');
    });

    it('reports a payload without a required field as invalid-response naming the field', async () => {
      const { path, omit, named, read } = harness.incomplete;
      await fixture.fault({ path, omit });
      const error = await failure(read(signedIn()));
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.contain(named);
    });
  });

  describe(`${name} adapter: auth from the host`, () => {
    beforeEach(() => fixture.reset());

    const lastHeaders = async () => (await fixture.requests()).at(-1)!.headers;

    it('sends the token from getToken as a Bearer header', async () => {
      await harness.personalRead(signedIn({ getToken: async () => 'abc.def' }));
      expect((await lastHeaders()).authorization).to.equal('Bearer abc.def');
    });

    it('sends static headers and headers from a function', async () => {
      await harness.publicRead(harness.create({ headers: { 'X-Tenant': 'larkspur' } }));
      expect((await lastHeaders())['x-tenant']).to.equal('larkspur');
      let calls = 0;
      await harness.personalRead(harness.create({ headers: () => ({ Authorization: `Basic c2FtOnNlY3JldA==`, 'X-Call': String(++calls) }) }));
      const headers = await lastHeaders();
      expect(headers.authorization).to.equal('Basic c2FtOnNlY3JldA==');
      expect(headers['x-call']).to.equal('1');
    });

    it('sends every request through a custom fetch', async () => {
      const seen: string[] = [];
      const viaProxy: typeof fetch = (input, init) => {
        seen.push(String(input));
        const headers = new Headers(init?.headers);
        headers.set('X-Proxy', 'yes');
        return fetch(input, { ...init, headers });
      };
      await harness.publicRead(harness.create({ fetch: viaProxy }));
      expect(seen).to.have.length(1);
      expect((await lastHeaders())['x-proxy']).to.equal('yes');
    });

    it('reads public knowledge with no auth at all, and asks for sign-in for personal data', async () => {
      const anonymous = withValidation(harness.create({ retries: 0 }));
      await harness.publicRead(anonymous);
      expect((await lastHeaders()).authorization).to.equal(undefined);
      expect((await failure(harness.personalRead(anonymous))).kind).to.equal('unauthorized');
    });
  });
}
