/**
 * The demo intranet page: every widget on the embedded backend, with switches for theme, language,
 * direction, latency, faults and data reset. No inline script: the page runs under a strict CSP.
 */
import '../src/index.js';
import { createMemoryAdapter, type MemoryFault } from '../src/adapters/memory/index.js';
import type { ServiceAdapter } from '../src/core/adapter.js';
import type { AnalyticsRecord } from '../src/core/analytics.js';
import type { SxCatalogCard } from '../src/elements/sx-catalog-card/sx-catalog-card.component.js';
import type { SxProvider } from '../src/elements/sx-provider/sx-provider.component.js';

const provider = document.querySelector<SxProvider>('#provider')!;
const form = document.querySelector<HTMLFormElement>('#settings')!;
const eventsList = document.querySelector<HTMLOListElement>('#events')!;
const root = document.documentElement;

const BACKENDS = ['memory', 'rest', 'zendesk', 'servicenow', 'jsm', 'topdesk', 'freshservice', 'glpi', 'zammad'] as const;
type Backend = (typeof BACKENDS)[number];
const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env ?? {};
const requested = new URLSearchParams(location.search).get('backend') ?? env.VITE_SX_BACKEND ?? 'memory';
const backend: Backend = (BACKENDS as readonly string[]).includes(requested) ? (requested as Backend) : 'memory';

const adapter = createMemoryAdapter({ dbName: 'sx-kit-demo', latency: 250 });
provider.adapter = backend === 'memory' ? adapter : await remoteAdapter(backend);

/**
 * The vendor adapters against the fixture servers `npm run demo` runs beside Vite (the same ones
 * the adapter tests use). A demo bearer token stands in for the host's sign-in.
 */
async function remoteAdapter(name: Exclude<Backend, 'memory'>): Promise<ServiceAdapter> {
  const getToken = () => 'demo-token';
  const base = `/__fixtures/${name}`;
  switch (name) {
    case 'rest':
      return (await import('../src/adapters/rest/index.js')).createRestAdapter({ baseUrl: base, getToken });
    case 'zendesk':
      return (await import('../src/adapters/zendesk/index.js')).createZendeskAdapter({ baseUrl: base, getToken });
    case 'servicenow':
      return (await import('../src/adapters/servicenow/index.js')).createServiceNowAdapter({ instanceUrl: base, getToken });
    case 'jsm':
      return (await import('../src/adapters/jsm/index.js')).createJsmAdapter({ siteUrl: base, serviceDeskId: 10, getToken });
    case 'topdesk':
      return (await import('../src/adapters/topdesk/index.js')).createTopdeskAdapter({ baseUrl: base, getToken });
    case 'freshservice':
      return (await import('../src/adapters/freshservice/index.js')).createFreshserviceAdapter({
        baseUrl: base,
        requesterEmail: 'sam.rivera@example.com',
        getToken,
      });
    case 'glpi':
      return remoteGlpi(base);
    case 'zammad':
      return (await import('../src/adapters/zammad/index.js')).createZammadAdapter({
        baseUrl: base,
        getToken,
        locale: 'en-us',
        // The fixture's groups and their follow-up rules (customers cannot read groups).
        followUp: { Facilities: { possible: 'new_ticket' }, Finance: { possible: 'new_ticket_after_certain_time', reopenTimeInDays: 7 } },
      });
  }
}

/** GLPI's legacy API with the fixture's personal token and App-Token; `?glpi-api=v2`: the high-level API with a bearer. */
async function remoteGlpi(baseUrl: string): Promise<ServiceAdapter> {
  const { createGlpiAdapter } = await import('../src/adapters/glpi/index.js');
  return new URLSearchParams(location.search).get('glpi-api') === 'v2'
    ? createGlpiAdapter({ baseUrl, api: 'v2', getToken: () => 'demo-token' })
    : createGlpiAdapter({ baseUrl, appToken: 'sx-kit-app-token', getUserToken: () => 'personal-token-of-sam' });
}

// Vendor backends have their own catalog: feature their first item instead of the seed's laptop.
if (backend !== 'memory') {
  const featured = document.querySelector('sx-catalog-card');
  const list = await provider.adapter.listCatalog?.({}).catch(() => undefined);
  const first = list?.items[0];
  if (featured && first) featured.setAttribute('item-id', first.id);
}
provider.analytics = (record: AnalyticsRecord) => {
  const item = document.createElement('li');
  item.textContent = `${record.time.slice(11, 19)} ${record.type} ${JSON.stringify(record.data)}`;
  eventsList.prepend(item);
  while (eventsList.children.length > 50) eventsList.lastElementChild?.remove();
};

// "Ask the service desk" opens the featured request form in place, with the words the person
// searched for in its notes: no reload, nothing typed lost. `?q=` does the same for a link from elsewhere.
const requestCard = document.querySelector<SxCatalogCard>('#request sx-catalog-card');
function askTheDesk(query: string) {
  if (!requestCard) return false;
  requestCard.scrollIntoView({ block: 'start' });
  void requestCard.openForm({ describe: query });
  return true;
}
document.addEventListener('sx-escalate', (event) => {
  if (askTheDesk(event.detail.query)) event.preventDefault();
});
const askedBefore = new URLSearchParams(location.search).get('q');
if (askedBefore && location.hash === '#request') askTheDesk(askedBefore);

const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T;

const backendSwitch = field<HTMLSelectElement>('backend');
backendSwitch.value = backend;
document.querySelector('#backend-name')!.textContent = backendSwitch.selectedOptions[0]?.textContent ?? backend;
backendSwitch.addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('backend', backendSwitch.value);
  location.assign(url);
});
for (const name of ['latency', 'fault', 'reset', 'advance']) {
  // Latency, faults and the desk's actions belong to the embedded backend.
  (form.elements.namedItem(name) as HTMLInputElement | null)?.toggleAttribute('disabled', backend !== 'memory');
}

form.addEventListener('input', (event) => {
  const theme = field<HTMLSelectElement>('theme').value;
  if (theme) root.dataset.theme = theme;
  else delete root.dataset.theme;
  provider.theme = (theme || undefined) as SxProvider['theme'];
  if (event.target === field('accent')) {
    // A brand colour is one colour in both schemes; white text on it is the usual brand pairing.
    root.style.setProperty('--sx-color-accent', field<HTMLInputElement>('accent').value);
    root.style.setProperty('--sx-color-on-accent', '#ffffff');
  }

  const locale = field<HTMLSelectElement>('locale').value;
  root.lang = locale;
  provider.locale = locale;
  const dir = field<HTMLSelectElement>('dir').value;
  root.dir = dir || (locale === 'ar' ? 'rtl' : 'ltr');

  const latency = Number(field<HTMLInputElement>('latency').value);
  adapter.latency = [latency * 0.6, latency * 1.4];
  field<HTMLOutputElement>('latencyOut').value = `${latency} ms`;

  const fault = field<HTMLSelectElement>('fault').value as MemoryFault['kind'] | '';
  adapter.setFaults(fault ? [{ kind: fault, retryAfter: 5 }] : []);
});

document.querySelector('#reset')!.addEventListener('click', async () => {
  await adapter.reset();
  localStorage.clear();
  location.reload();
});

// Two views of one page: the employee's help page and the service owner's insights (#insights).
const helpView = document.querySelector<HTMLElement>('#help')!;
const insightsView = document.querySelector<HTMLElement>('#insights')!;
async function showView() {
  const insights = location.hash === '#insights';
  helpView.hidden = insights;
  insightsView.hidden = !insights;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.topbar nav a')) {
    const current = link.hash === (insights ? '#insights' : '#help');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  // The dashboard and its records load the first time the view is opened, not with the help page.
  if (insights && !insightsView.querySelector('sx-insights')) {
    await import('../src/insights.js');
    insightsView.append(document.createElement('sx-insights'));
  }
}
addEventListener('hashchange', () => void showView());
void showView();

const journey = ['assigned', 'in-progress', 'waiting-on-you', 'in-progress', 'resolved'] as const;
document.querySelector('#advance')!.addEventListener('click', async () => {
  const { tickets } = await adapter.listTickets({ filter: 'open' });
  const ticket = tickets[0];
  if (!ticket) return;
  const next = journey[(journey.indexOf(ticket.state as (typeof journey)[number]) + 1) % journey.length]!;
  await adapter.agentUpdate(ticket.id, {
    state: next,
    comment: next === 'waiting-on-you' ? 'Could you tell us the serial number on the bottom of your laptop?' : undefined,
    waitingFor: next === 'waiting-on-you' ? 'The serial number on the bottom of your laptop' : undefined,
  });
});
