import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AdapterError } from '../../../src/core/adapter.js';
import type { SxOperation } from '../../../src/core/events.js';
import { Resource } from '../../../src/elements/shared/resource.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
  signal?: AbortSignal;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A host that loads "results for" its `query` and renders the resource's state as text. */
class ResourceProbe extends LitElement {
  static override properties = { query: {} };
  query?: string;
  reported: { operation: SxOperation; kind: string }[] = [];
  calls: Deferred<string[]>[] = [];
  readonly results = new Resource<[string], string[]>(this, {
    operation: 'search',
    args: () => (this.query ? [this.query] : undefined),
    load: ([query], signal) => {
      const call = deferred<string[]>();
      call.signal = signal;
      this.calls.push(call);
      void query;
      return call.promise;
    },
    isEmpty: (hits) => hits.length === 0,
  });

  reportError(operation: SxOperation, error: unknown): AdapterError {
    const problem = error as AdapterError;
    this.reported.push({ operation, kind: problem.kind });
    return problem;
  }

  protected override render() {
    return html`<p>${this.results.status}: ${this.results.value?.join(', ') ?? ''}</p>`;
  }
}
customElements.define('resource-probe', ResourceProbe);

const text = (el: ResourceProbe) => el.shadowRoot!.querySelector('p')!.textContent!.trim();
const settle = async (el: ResourceProbe) => {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

describe('Resource (the one way elements load)', () => {
  it('is idle until there is something to load, then pending, then ready', async () => {
    const el = await fixture<ResourceProbe>(html`<resource-probe></resource-probe>`);
    expect(text(el)).to.equal('idle:');
    el.query = 'vpn';
    await el.updateComplete;
    expect(text(el)).to.equal('pending:');
    el.calls[0]!.resolve(['VPN drops']);
    await settle(el);
    expect(text(el)).to.equal('ready: VPN drops');
  });

  it('drops a stale answer that arrives after a newer one and aborts the old request', async () => {
    const el = await fixture<ResourceProbe>(html`<resource-probe query="vp"></resource-probe>`);
    el.query = 'vpn';
    await el.updateComplete;
    expect(el.calls).to.have.length(2);
    expect(el.calls[0]!.signal!.aborted).to.be.true;
    el.calls[1]!.resolve(['VPN drops']);
    await settle(el);
    el.calls[0]!.resolve(['stale']);
    await settle(el);
    expect(text(el)).to.equal('ready: VPN drops');
  });

  it('keeps the last value on screen while a newer one loads', async () => {
    const el = await fixture<ResourceProbe>(html`<resource-probe query="vpn"></resource-probe>`);
    el.calls[0]!.resolve(['VPN drops']);
    await settle(el);
    el.query = 'vpn client';
    await el.updateComplete;
    expect(text(el)).to.equal('pending: VPN drops');
  });

  it('says empty for an answer with nothing in it', async () => {
    const el = await fixture<ResourceProbe>(html`<resource-probe query="zzz"></resource-probe>`);
    el.calls[0]!.resolve([]);
    await settle(el);
    expect(text(el)).to.equal('empty:');
  });

  it('reports a failure once with its operation, then loads again on retry', async () => {
    const el = await fixture<ResourceProbe>(html`<resource-probe query="vpn"></resource-probe>`);
    el.calls[0]!.reject(new AdapterError('timeout', 'slow'));
    await settle(el);
    expect(text(el)).to.equal('error:');
    expect(el.results.error?.kind).to.equal('timeout');
    expect(el.reported).to.deep.equal([{ operation: 'search', kind: 'timeout' }]);
    void el.results.retry();
    await el.updateComplete;
    expect(el.calls).to.have.length(2);
    el.calls[1]!.resolve(['VPN drops']);
    await settle(el);
    expect(text(el)).to.equal('ready: VPN drops');
    expect(el.reported).to.have.length(1);
  });

  it('turns anything thrown into an AdapterError and never reports an abort', async () => {
    const el = await fixture<ResourceProbe>(html`<resource-probe query="vpn"></resource-probe>`);
    el.calls[0]!.reject(new TypeError('Failed to fetch'));
    await settle(el);
    expect(el.results.error).to.be.instanceOf(AdapterError);
    expect(el.results.error?.kind).to.equal('network');
    el.query = 'printer';
    await el.updateComplete;
    el.calls[1]!.reject(new DOMException('aborted', 'AbortError'));
    await settle(el);
    expect(el.reported).to.have.length(1);
  });

  it('stops loading when the element leaves the page and loads afresh when it comes back', async () => {
    const el = await fixture<ResourceProbe>(html`<resource-probe query="vpn"></resource-probe>`);
    const parent = el.parentElement!;
    el.remove();
    expect(el.calls[0]!.signal!.aborted).to.be.true;
    parent.append(el);
    await el.updateComplete;
    expect(el.calls).to.have.length(2);
  });
});
