/**
 * Secrets someone types or pastes by mistake never leave the widget: not into recent searches in
 * localStorage, not into analytics records; comments reach analytics only when the host opts in,
 * and error records never carry the server's text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/sx-provider/sx-provider.js';
import '../../src/elements/sx-search/sx-search.js';
import { AdapterError, capabilities, type ServiceAdapter } from '../../src/core/adapter.js';
import { toAnalyticsRecord, type AnalyticsRecord } from '../../src/core/analytics.js';
import type { SxProvider } from '../../src/elements/sx-provider/sx-provider.component.js';
import type { SxSearch } from '../../src/elements/sx-search/sx-search.component.js';
import { RecentSearches } from '../../src/elements/sx-search/recent-searches.js';

/** What people paste into a search box, and the secret in each that must not be kept. */
const PASTED: [query: string, secret: string][] = [
  ['my password is Hunter2!', 'Hunter2'],
  ['pw: Hunter2', 'Hunter2'],
  ['passwort: Geheim123', 'Geheim123'],
  ['kennwort Geheim123', 'Geheim123'],
  ['mot de passe: Soleil42', 'Soleil42'],
  ['wachtwoord is Tulp#88', 'Tulp#88'],
  ['contraseña: Hola1234', 'Hola1234'],
  ['card 4111.1111.1111.1111', '4111.1111'],
  ['ssn 123-45-6789', '123-45-6789'],
  ['iban DE89 3704 0044 0532 0130 00', '3704 0044'],
  ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc123', 'eyJ'],
  ['vpn for sam.rivera@larkspur.example', 'larkspur.example'],
];

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzYW0ifQ.c2lnbmF0dXJl';

describe('secrets do not leave the page', () => {
  beforeEach(() => localStorage.removeItem('sx-kit:recent-searches'));

  it('recent searches never keep a pasted password, card number, id, IBAN, token or address', () => {
    const recent = new RecentSearches();
    for (const [query] of PASTED) recent.remember('backend', query);
    recent.remember('backend', 'password reset');
    const stored = localStorage.getItem('sx-kit:recent-searches') ?? '';
    for (const [query, secret] of PASTED) expect(stored, query).not.to.contain(secret);
    expect(recent.list('backend')).to.deep.equal(['password reset']);
  });

  it('analytics records of searches carry the query with its secrets redacted', async () => {
    const records: AnalyticsRecord[] = [];
    const adapter: ServiceAdapter = {
      name: 'stub',
      id: 'stub-analytics',
      capabilities: capabilities('search'),
      searchKnowledge: async (query) => ({ query: query.text, hits: [], total: 0 }),
    };
    const provider = await fixture<SxProvider>(
      html`<sx-provider .adapter=${adapter} .analytics=${(record: AnalyticsRecord) => records.push(record)}><sx-search no-recent></sx-search></sx-provider>`,
    );
    const search = provider.querySelector<SxSearch>('sx-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('input'));
    for (const [query] of PASTED) {
      const before = records.length;
      await search.search(query);
      await waitUntil(() => records.length > before, `no record for ${query}`);
    }
    const sent = JSON.stringify(records);
    for (const [query, secret] of PASTED) expect(sent, query).not.to.contain(secret);
    expect(records[0]!.data).to.include({ query: 'my password is [password]' });
  });

  it('an error record carries the kind and operation, never the server’s text', async () => {
    const records: AnalyticsRecord[] = [];
    const adapter: ServiceAdapter = {
      name: 'stub',
      id: 'stub-error',
      capabilities: capabilities('search'),
      searchKnowledge: async () => {
        throw new AdapterError('server', `500: upstream rejected Authorization: Bearer ${TOKEN} for sam.rivera@larkspur.example`);
      },
    };
    const provider = await fixture<SxProvider>(
      html`<sx-provider .adapter=${adapter} .analytics=${(record: AnalyticsRecord) => records.push(record)}><sx-search no-recent></sx-search></sx-provider>`,
    );
    const search = provider.querySelector<SxSearch>('sx-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('input'));
    await search.search('vpn');
    await waitUntil(() => records.some((record) => record.type === 'sx.error'), 'no error record');
    const error = records.find((record) => record.type === 'sx.error')!;
    expect(error.data).to.deep.equal({ kind: 'server', operation: 'search' });
    expect(JSON.stringify(records)).not.to.contain('Bearer');
  });

  it('comments reach analytics only when the host opts in, and then redacted', () => {
    const origin = document.createElement('sx-satisfaction');
    const rating = new CustomEvent('sx-rating-submit', {
      detail: { id: 'r1', subject: { ticket: 'T1' }, scale: 'csat5', score: 2, reasons: [], anonymous: false, comment: 'call me at sam.rivera@larkspur.example' },
    });
    const feedback = new CustomEvent('sx-article-feedback', {
      detail: { articleId: 'KB1', helpful: false, comment: 'my pw: Hunter2 did not work', query: 'pw: Hunter2' },
    });
    const plain = toAnalyticsRecord(rating, origin);
    expect(plain.data).to.not.have.property('comment');
    expect(plain.data).to.include({ score: 2, scale: 'csat5' });
    expect(toAnalyticsRecord(feedback, origin).data).to.deep.equal({ articleId: 'KB1', helpful: false, query: 'pw: [password]' });

    const optedIn = toAnalyticsRecord(rating, origin, new Date(), { freeText: true });
    expect(optedIn.data).to.include({ comment: 'call me at [email]' });
    expect(toAnalyticsRecord(feedback, origin, new Date(), { freeText: true }).data).to.include({ comment: 'my pw: [password] did not work' });
  });
});
