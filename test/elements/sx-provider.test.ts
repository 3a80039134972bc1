import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/provider.js';
import { SxProvider } from '../../src/elements/sx-provider/sx-provider.component.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AnalyticsRecord } from '../../src/core/analytics.js';
import { configure } from '../../src/core/defaults.js';
import { registerAdapter } from '../../src/core/registry.js';
import type { SxProbe } from '../helpers/probe-element.js';
import '../helpers/probe-element.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<sx-provider>', () => {
  afterEach(() => configure({}));

  it('connects elements inside it to a backend named by attribute alone', async () => {
    const provider = await fixture<SxProvider>(html`<sx-provider adapter="memory"><sx-probe></sx-probe></sx-provider>`);
    const probe = provider.querySelector<SxProbe>('sx-probe')!;
    await waitUntil(() => probe.connection, 'the probe never got a backend');
    await probe.updateComplete;
    expect(text(probe)).to.equal('Connected to memory');
    expect(probe.connection!.has('search')).to.equal(true);
    await expect(probe).to.be.accessible();
  });

  it('accepts an adapter object as a property', async () => {
    const provider = await fixture<SxProvider>(html`<sx-provider><sx-probe></sx-probe></sx-provider>`);
    provider.adapter = createMemoryAdapter({ dbName: 'sx-provider-object' });
    const probe = provider.querySelector<SxProbe>('sx-probe')!;
    await waitUntil(() => probe.connection);
    expect(probe.connection!.adapter.id).to.equal('memory:sx-provider-object');
  });

  it('creates registered adapters by name with its base URL', async () => {
    let seen: string | undefined;
    registerAdapter('test-named', ({ baseUrl }) => {
      seen = baseUrl;
      return createMemoryAdapter({ dbName: 'sx-provider-named' });
    });
    const provider = await fixture<SxProvider>(
      html`<sx-provider adapter="test-named" base-url="/api"><sx-probe></sx-probe></sx-provider>`,
    );
    await waitUntil(() => provider.connection);
    expect(seen).to.equal('/api');
  });

  it('says which adapters exist when the name is unknown', async () => {
    const provider = await fixture<SxProvider>(html`<sx-provider adapter="nope"><sx-probe></sx-probe></sx-provider>`);
    await waitUntil(() => provider.shadowRoot!.querySelector('[role=alert]'));
    expect(text(provider)).to.contain('"nope"').and.contain('memory');
  });

  it('shows a clear configuration message, not a blank box, when there is no backend', async () => {
    const probe = await fixture<SxProbe>(html`<sx-probe></sx-probe>`);
    expect(text(probe)).to.contain('This widget is not connected yet');
    expect(text(probe)).to.contain('sx-provider');
    await expect(probe).to.be.accessible();
  });

  it('serves elements outside any provider from the document default', async () => {
    const probe = await fixture<SxProbe>(html`<sx-probe></sx-probe>`);
    configure({ adapter: createMemoryAdapter({ dbName: 'sx-provider-default' }) });
    await probe.updateComplete;
    expect(text(probe)).to.equal('Connected to memory');
  });

  it('makes a `global` provider the document default', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><sx-provider adapter="memory" global></sx-provider><sx-probe></sx-probe></div>`,
    );
    const probe = container.querySelector<SxProbe>('sx-probe')!;
    await waitUntil(() => probe.connection, 'the outside probe never found the global provider');
  });

  it('gives its locale and direction to the elements inside', async () => {
    const provider = await fixture<SxProvider>(
      html`<sx-provider adapter="memory" locale="de"><sx-probe></sx-probe></sx-provider>`,
    );
    const probe = provider.querySelector<SxProbe>('sx-probe')!;
    await waitUntil(() => text(probe) === 'Verbunden mit memory', `still: ${text(probe)}`);
    provider.locale = 'ar';
    await waitUntil(() => probe.writingDirection === 'rtl');
  });

  it('follows a lang attribute change on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><sx-probe></sx-probe></div>`);
    const probe = wrapper.querySelector<SxProbe>('sx-probe')!;
    wrapper.setAttribute('lang', 'de');
    await waitUntil(() => probe.locale === 'de');
  });

  it('forwards every sx-* event to the analytics callback as a CloudEvents-like record', async () => {
    const records: AnalyticsRecord[] = [];
    const provider = await fixture<SxProvider>(
      html`<sx-provider adapter="memory" .analytics=${(record: AnalyticsRecord) => records.push(record)}
        ><sx-probe></sx-probe
      ></sx-provider>`,
    );
    const probe = provider.querySelector<SxProbe>('sx-probe')!;
    await waitUntil(() => probe.connection);
    const heard = oneEvent(provider, 'sx-probe');
    probe.emit('sx-probe', { value: 42 });
    const event = await heard;
    expect(event.detail.value).to.equal(42);
    expect(event.composed).to.equal(true);
    expect(records).to.have.length(1);
    expect(records[0]!.type).to.equal('sx.probe');
    expect(records[0]!.source).to.match(/#sx-probe$/);
    expect(records[0]!.data).to.deep.equal({ value: 42 });
  });

  it('keeps comments out of analytics records unless the host opts in, and redacts them then', async () => {
    const records: AnalyticsRecord[] = [];
    const provider = await fixture<SxProvider>(
      html`<sx-provider adapter="memory" .analytics=${(record: AnalyticsRecord) => records.push(record)}><sx-probe></sx-probe></sx-provider>`,
    );
    const probe = provider.querySelector<SxProbe>('sx-probe')!;
    await waitUntil(() => probe.connection);
    const feedback = { articleId: 'KB1', helpful: false, comment: 'my pw: Hunter2 did not work' };
    probe.emit('sx-article-feedback' as 'sx-probe', feedback as unknown as { value: number });
    expect(records.at(-1)!.data).not.to.have.property('comment');

    provider.setAttribute('analytics-free-text', '');
    await provider.updateComplete;
    await probe.updateComplete;
    probe.emit('sx-article-feedback' as 'sx-probe', feedback as unknown as { value: number });
    const comment = (records.at(-1)!.data as { comment?: string }).comment;
    expect(comment).to.contain('did not work');
    expect(comment).not.to.contain('Hunter2');
  });

  it('reaches an element that asked for its backend before the provider was defined', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = '<late-sx-provider adapter="memory"><sx-probe></sx-probe></late-sx-provider>';
    const probe = container.querySelector<SxProbe>('sx-probe')!;
    await probe.updateComplete;
    customElements.define('late-sx-provider', class extends SxProvider {});
    const provider = container.querySelector<SxProvider>('late-sx-provider')!;
    await waitUntil(() => provider.connection !== undefined && probe.connection === provider.connection, 'the probe never got the late provider’s backend', { timeout: 5000 });
    await probe.updateComplete;
    expect(text(probe)).to.equal('Connected to memory');
  });
});
