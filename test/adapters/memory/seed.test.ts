import { expect } from '@open-wc/testing';
import {
  ArticleSchema,
  CatalogItemSchema,
  PersonLookupSchema,
  TICKET_STATES,
  TicketSchema,
  VARIABLE_TYPES,
  type CatalogItem,
  type Ticket,
} from '../../../src/core/schemas.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { SEED_URL, loadSeed } from '../../../src/adapters/memory/seed/index.js';
import { generateArticles, generateCatalog, generateTickets } from '../../bench/generate-data.js';

const NOW = new Date('2026-06-15T10:00:00Z');
const HOUR = 3_600_000;

function issues(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, items: { id: string }[]) {
  return items
    .map((item) => ({ id: item.id, result: schema.safeParse(item) }))
    .filter(({ result }) => !result.success)
    .map(({ id, result }) => `${id}: ${JSON.stringify(result.error)}`);
}

function expectUnique(values: string[]) {
  expect(new Set(values).size, 'unique').to.equal(values.length);
}

function expectVisibleWhenResolves(items: CatalogItem[]) {
  for (const item of items) {
    const names = item.variables.map((v) => v.name);
    expectUnique(names);
    for (const v of item.variables) {
      if (v.visibleWhen) expect(names, `${item.id}.${v.name}`).to.include(v.visibleWhen.variable);
    }
  }
}

function expectEventsInOrder(tickets: Ticket[]) {
  for (const t of tickets) {
    expectUnique(t.events.map((e) => e.id));
    const times = t.events.map((e) => Date.parse(e.at));
    expect(times, t.id).to.deep.equal([...times].sort((a, b) => a - b));
  }
}

const seed = await loadSeed(NOW);

/** Records every URL the page fetches; `respond` may answer instead of the network. */
function watchFetch(respond?: (url: string) => Response | undefined) {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    urls.push(url);
    return Promise.resolve(respond?.(url) ?? original(input, init));
  };
  return { urls, restore: () => (window.fetch = original) };
}

describe('memory seed', () => {
  it('is data: the embedded backend fetches seed.json, once, and only when it needs the seed', async () => {
    expect(new URL(SEED_URL).pathname).to.match(/\/adapters\/memory\/seed\/seed\.json$/);
    const fetches = watchFetch();
    try {
      const seeded = createMemoryAdapter({ persist: false });
      const [article] = await Promise.all([seeded.getArticle('KB0010001'), seeded.listTickets({ filter: 'all' })]);
      expect(article.title).to.equal('Connect a notebook to the corporate WLAN (LARK-SECURE)');
      expect(fetches.urls).to.deep.equal([SEED_URL.href]);

      const own = createMemoryAdapter({ persist: false, articles: [], catalog: [], tickets: [], people: [] });
      expect((await own.listTickets({ filter: 'all' })).total).to.equal(0);
      expect(fetches.urls, 'no seed fetched for a backend given its own data').to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it('fails as an AdapterError when seed.json is missing, and fetches it again on the next call', async () => {
    const adapter = createMemoryAdapter({ persist: false });
    const missing = watchFetch(() => new Response('Not found', { status: 404, statusText: 'Not Found' }));
    const error = await adapter.getArticle('KB0010001').catch((e: unknown) => e);
    missing.restore();
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).kind).to.equal('not-found');
    expect((await adapter.getArticle('KB0010001')).id).to.equal('KB0010001');
  });

  it('applies ticket times relative to the clock it is loaded with', async () => {
    const later = await loadSeed(new Date(NOW.getTime() + 24 * HOUR));
    const [before, after] = [seed, later].map((data) => data.tickets.find((t) => t.id === 'INC0012001')!);
    expect(Date.parse(after!.createdAt) - Date.parse(before!.createdAt)).to.equal(24 * HOUR);
    expect(Date.parse(after!.sla!.dueAt) - Date.parse(before!.sla!.dueAt)).to.equal(24 * HOUR);
  });

  it('keeps the vendor labels of its story and the core default elsewhere', () => {
    const label = (id: string) => seed.tickets.find((t) => t.id === id)?.stateLabel;
    expect(label('INC0012001')).to.equal('Work in Progress');
    expect(label('RITM0004505')).to.equal('Fulfilment');
    expect(label('INC0012003')).to.equal('Resolved');
  });

  it('has the expected amounts of data', () => {
    expect(seed.articles.length).to.be.at.least(150);
    expect(seed.catalog.length).to.be.at.least(30);
    expect(seed.tickets.length).to.be.at.least(25);
    expect(seed.people.length).to.equal(40);
    expect(seed.categories.length).to.be.at.least(5);
  });

  it('validates every item against the canonical schemas', () => {
    expect(issues(ArticleSchema, seed.articles)).to.deep.equal([]);
    expect(issues(CatalogItemSchema, seed.catalog)).to.deep.equal([]);
    expect(issues(TicketSchema, seed.tickets)).to.deep.equal([]);
    expect(PersonLookupSchema.safeParse(seed.people).success).to.equal(true);
  });

  it('uses unique ids', () => {
    expectUnique(seed.articles.map((a) => a.id));
    expectUnique(seed.articles.map((a) => a.title));
    expectUnique(seed.catalog.map((c) => c.id));
    expectUnique(seed.tickets.map((t) => t.id));
    expectUnique(seed.people.map((p) => p.id));
    expectUnique(seed.categories.map((c) => c.id));
  });

  it('numbers articles sequentially and keeps the articles tests rely on', () => {
    seed.articles.forEach((a, i) => expect(a.id).to.equal(`KB${String(10001 + i).padStart(7, '0')}`));
    const title = (id: string) => seed.articles.find((a) => a.id === id)?.title;
    expect(title('KB0010001')).to.equal('Connect a notebook to the corporate WLAN (LARK-SECURE)');
    expect(title('KB0010002')).to.equal('Reset your password with self-service password reset (SSPR)');
    expect(title('KB0010003')).to.equal('Set up the GlobalProtect VPN client');
    expect(title('KB0010004')).to.equal('Report a phishing email');
  });

  it('spreads articles over ten topics with lowercase tags and 2026 dates', () => {
    const categories = new Set(seed.articles.map((a) => a.category));
    expect(categories.size).to.equal(10);
    for (const a of seed.articles) {
      expect(a.tags?.length, a.id).to.be.within(3, 6);
      for (const tag of a.tags ?? []) expect(tag, a.id).to.equal(tag.toLowerCase());
      expect(a.updatedAt.startsWith('2026-'), a.id).to.equal(true);
      expect(a.url).to.equal(`https://help.larkspur.example/kb/${a.id}`);
      expect(a.locale).to.equal('en');
    }
  });

  it('writes article bodies with the allowed HTML only', () => {
    const allowed = new Set(['p', 'h3', 'ol', 'ul', 'li', 'strong', 'em', 'code', 'a']);
    for (const a of seed.articles) {
      for (const m of a.body.matchAll(/<\/?([a-z0-9]+)/g)) expect(allowed.has(m[1] ?? ''), `${a.id} <${m[1]}>`).to.equal(true);
      for (const m of a.body.matchAll(/href="([^"]*)"/g)) expect(m[1], a.id).to.match(/^https:\/\/help\.larkspur\.example\//);
      const doc = new DOMParser().parseFromString(a.body, 'text/html');
      expect(doc.body.querySelectorAll('p, li, h3').length, a.id).to.be.at.least(2);
    }
  });

  it('links only to articles that exist', () => {
    const ids = new Set(seed.articles.map((a) => a.id));
    for (const a of seed.articles) {
      for (const m of a.body.matchAll(/\/kb\/(KB\d{7})/g)) expect(ids.has(m[1] ?? ''), `${a.id} -> ${m[1]}`).to.equal(true);
    }
  });

  it('covers every ticket state', () => {
    const states = new Set(seed.tickets.map((t) => t.state));
    for (const state of TICKET_STATES) expect(states.has(state), state).to.equal(true);
  });

  it('gives tickets ordered, plausible histories and consistent permissions', () => {
    expectEventsInOrder(seed.tickets);
    for (const t of seed.tickets) {
      expect(t.id).to.equal(t.number);
      expect(t.events.length, t.id).to.be.within(3, 15);
      expect(t.events[0]?.type, t.id).to.equal('created');
      expect(t.createdAt).to.equal(t.events[0]?.at);
      const open = ['new', 'assigned', 'in-progress', 'waiting-on-you'].includes(t.state);
      expect(t.permissions.comment, t.id).to.equal(open);
      expect(t.permissions.confirm, t.id).to.equal(t.state === 'resolved');
      if (t.state === 'resolved') expect(t.permissions.reopen, t.id).to.equal(true);
      if (open) expect(t.nextUpdateBy, t.id).to.be.a('string');
      if (t.state === 'waiting-on-you') expect(t.waitingFor, t.id).to.be.a('string');
    }
    expect(seed.tickets.some((t) => t.events.some((e) => e.type === 'reopened'))).to.equal(true);
    expect(seed.tickets.some((t) => !t.sla)).to.equal(true);
  });

  it('keeps the tickets tests rely on, with SLAs relative to now', () => {
    const byId = (id: string) => seed.tickets.find((t) => t.id === id);
    const t1 = byId('INC0012001');
    expect(t1?.state).to.equal('in-progress');
    const due = (Date.parse(t1?.sla?.dueAt ?? '') - NOW.getTime()) / HOUR;
    expect(due).to.be.within(2.5, 3.5);
    expect(t1?.sla?.breached).to.equal(false);

    const t2 = byId('INC0012002');
    expect(t2?.state).to.equal('waiting-on-you');
    expect(t2?.sla?.paused).to.equal(true);

    const t3 = byId('INC0012003');
    expect(t3?.state).to.equal('resolved');
    expect(t3?.permissions).to.include({ confirm: true, reopen: true });

    const t4 = byId('INC0012004');
    expect(t4?.state).to.equal('in-progress');
    expect(t4?.sla?.breached).to.equal(true);
    expect(Date.parse(t4?.sla?.dueAt ?? '')).to.be.below(NOW.getTime());
  });

  it('uses every variable type and only resolvable visibleWhen conditions', () => {
    const types = new Set(seed.catalog.flatMap((c) => c.variables.map((v) => v.type)));
    for (const type of VARIABLE_TYPES) expect(types.has(type), type).to.equal(true);
    expectVisibleWhenResolves(seed.catalog);
    const categoryIds = new Set(seed.categories.map((c) => c.id));
    for (const item of seed.catalog) for (const c of item.categories) expect(categoryIds.has(c), `${item.id}: ${c}`).to.equal(true);
    for (const v of seed.catalog.flatMap((c) => c.variables)) if (v.pattern) expect(() => new RegExp(v.pattern ?? '')).not.to.throw();
  });

  it('describes the new-laptop form the request tests use', () => {
    const laptop = seed.catalog.find((c) => c.id === 'cat-new-laptop');
    const v = (name: string) => laptop?.variables.find((x) => x.name === name);
    expect(v('model')).to.include({ type: 'select', required: true });
    expect(v('model')?.options?.map((o) => o.value)).to.deep.equal(['standard', 'performance', 'other']);
    expect(v('model_other')?.visibleWhen).to.deep.equal({ variable: 'model', equals: 'other' });
    expect(v('for_person')).to.include({ type: 'user', required: true });
    expect(v('needed_by')).to.include({ type: 'date', required: true });
    expect(v('accessories')?.type).to.equal('checkbox');
    expect(v('accessory_list')?.type).to.equal('multiselect');
    expect(v('accessory_list')?.visibleWhen).to.deep.equal({ variable: 'accessories', equals: true });
    expect(v('notes')).to.include({ type: 'textarea', max: 500 });
  });

  it('returns a fresh copy each time', async () => {
    const a = await loadSeed(NOW);
    a.tickets[0]?.events.push({ id: 'x', type: 'comment', at: NOW.toISOString() });
    a.articles[0]!.title = 'Changed';
    const b = await loadSeed(NOW);
    expect(b.tickets[0]?.events.length).to.equal(seed.tickets[0]?.events.length);
    expect(b.articles[0]?.title).to.equal(seed.articles[0]?.title);
  });
});

describe('seed generators', () => {
  it('generates the requested number of valid, distinct articles', () => {
    const articles = generateArticles(1000, 1);
    expect(articles.length).to.equal(1000);
    expect(issues(ArticleSchema, articles)).to.deep.equal([]);
    expectUnique(articles.map((a) => a.id));
    expectUnique(articles.map((a) => a.title));
    for (const a of articles) {
      const words = a.body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
      expect(words, a.id).to.be.within(80, 200);
    }
  });

  it('generates the requested number of valid tickets with the requested history length', () => {
    const tickets = generateTickets(300, NOW, 1, 8);
    expect(tickets.length).to.equal(300);
    expect(issues(TicketSchema, tickets)).to.deep.equal([]);
    expectUnique(tickets.map((t) => t.id));
    for (const t of tickets) expect(t.events.length).to.equal(8);
    expectEventsInOrder(tickets);
    const long = generateTickets(2, NOW, 5, 200);
    expect(issues(TicketSchema, long)).to.deep.equal([]);
    for (const t of long) expect(t.events.length).to.equal(200);
  });

  it('generates the requested number of valid catalog items', () => {
    const items = generateCatalog(500, 1);
    expect(items.length).to.equal(500);
    expect(issues(CatalogItemSchema, items)).to.deep.equal([]);
    expectUnique(items.map((c) => c.id));
    expectUnique(items.map((c) => c.name));
    expectVisibleWhenResolves(items);
  });

  it('handles zero', () => {
    expect(generateArticles(0)).to.deep.equal([]);
    expect(generateTickets(0, NOW)).to.deep.equal([]);
    expect(generateCatalog(0)).to.deep.equal([]);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    expect(generateArticles(40, 7)).to.deep.equal(generateArticles(40, 7));
    expect(generateTickets(40, NOW, 7)).to.deep.equal(generateTickets(40, NOW, 7));
    expect(generateCatalog(40, 7)).to.deep.equal(generateCatalog(40, 7));
    expect(generateArticles(40, 7)).not.to.deep.equal(generateArticles(40, 8));
    expect(generateTickets(40, NOW, 7)).not.to.deep.equal(generateTickets(40, NOW, 8));
  });
});
