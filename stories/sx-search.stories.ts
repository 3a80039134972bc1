import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createMemoryAdapter, type MemoryFault } from '../src/adapters/memory/index.js';
import { capabilities, type ServiceAdapter } from '../src/core/adapter.js';
import '../src/provider.js';
import '../src/elements/sx-search/sx-search.js';

interface Args {
  placeholder: string;
  limit: number;
  sources: string;
  context: string;
  escalateHref: string;
  openMode: 'inline' | 'dialog';
  noRecent: boolean;
}

interface Setup {
  name: string;
  faults?: MemoryFault[];
  latency?: number;
  /** Typed into the box once the story renders. */
  query?: string;
  /** Open the first result once it shows. */
  open?: boolean;
}

function memoryAdapter(setup: Setup) {
  return createMemoryAdapter({
    dbName: `story-search-${setup.name}-${Date.now()}`,
    faults: setup.faults,
    latency: setup.latency,
    persist: false,
  });
}

/**
 * A backend across the network (any name but `memory`), answering from the embedded data: the
 * element only says "offline" for remote backends, since the embedded one works without a network.
 */
function remoteAdapter(setup: Setup): ServiceAdapter {
  const memory = memoryAdapter(setup);
  return {
    name: 'remote-demo',
    id: `remote-demo-${setup.name}`,
    capabilities: capabilities('search'),
    searchKnowledge: (query, signal) => memory.searchKnowledge(query, signal),
  };
}

function story(args: Args, setup: Setup, adapter: ServiceAdapter = memoryAdapter(setup)) {
  return html`<sx-provider .adapter=${adapter}>
    <div style="max-width: 40rem; min-height: 28rem">
      <sx-search
        placeholder=${args.placeholder || nothing}
        limit=${args.limit}
        sources=${args.sources}
        context=${args.context || nothing}
        escalate-href=${args.escalateHref || nothing}
        open-mode=${args.openMode}
        ?no-recent=${args.noRecent}
      ></sx-search>
    </div>
  </sx-provider>`;
}

/** Types the query the way a person would see it, then optionally opens the first result. */
async function act(canvas: HTMLElement, setup: Setup) {
  const search = canvas.querySelector('sx-search')!;
  await search.updateComplete;
  if (!setup.query) return;
  search.focus();
  void search.search(setup.query);
  if (!setup.open) return;
  const root = search.shadowRoot!;
  for (let tries = 0; tries < 100 && !root.querySelector('[role=option]'); tries++) await new Promise((resolve) => setTimeout(resolve, 30));
  root.querySelector<HTMLElement>('[role=option]')?.click();
}

const meta: Meta<Args> = {
  title: 'Elements/sx-search',
  component: 'sx-search',
  tags: ['autodocs'],
  args: {
    placeholder: '',
    limit: 8,
    sources: 'articles catalog',
    context: '',
    escalateHref: '/help/request',
    openMode: 'inline',
    noRecent: false,
  },
  argTypes: {
    openMode: { control: 'inline-radio', options: ['inline', 'dialog'] },
    sources: { control: 'select', options: ['articles', 'catalog', 'articles catalog'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

const state = (setup: Setup): Story => ({
  render: (args) => story(args, setup),
  play: async ({ canvasElement }) => act(canvasElement, setup),
});

/** Nothing typed yet: the search box and its hint. */
export const Idle: Story = state({ name: 'idle' });
/** A page about the VPN suggests its articles before anything is typed. */
export const SuggestedForContext: Story = { ...state({ name: 'context' }), args: { context: 'vpn' } };
/** Lay words find jargon titles: "can't get on the wifi" finds the WLAN article. */
export const Results: Story = state({ name: 'results', query: "can't get on the wifi" });
/** Articles and catalog items, grouped and labelled. */
export const MixedSources: Story = state({ name: 'mixed', query: 'laptop' });
/** A slow backend: a skeleton holds the place of the results. */
export const Loading: Story = state({ name: 'loading', query: 'vpn', latency: 60_000 });
/** Nothing found: "did you mean" and "Ask the service desk" carrying the query. */
export const NoResults: Story = state({ name: 'empty', query: 'paswrod' });
/** A failed search, explained in plain words with a retry. */
export const SearchFailed: Story = state({ name: 'error', query: 'vpn', faults: [{ kind: 'server', operation: 'searchKnowledge' }] });
/** The backend needs a new sign-in. */
export const ErrorUnauthorized: Story = state({
  name: 'unauthorized',
  query: 'vpn',
  faults: [{ kind: 'unauthorized', operation: 'searchKnowledge' }],
});
/** The article read in place, with "Was this helpful?". */
export const ArticleInline: Story = state({ name: 'article', query: 'phishing', open: true });
/** The article in an accessible modal dialog. */
export const ArticleDialog: Story = { ...state({ name: 'dialog', query: 'phishing', open: true }), args: { openMode: 'dialog' } };
/** Feedback is stored even when the first send fails, and delivered once. */
export const FeedbackSendFails: Story = state({
  name: 'feedback',
  query: 'phishing',
  open: true,
  faults: [{ kind: 'server', operation: 'sendArticleFeedback', times: 1 }],
});
/**
 * A remote backend while the device is offline: a plain note instead of a failed search. The story
 * tells the element the network went away; it searches again by itself once back online.
 */
export const Offline: Story = {
  render: (args) => story(args, { name: 'offline' }, remoteAdapter({ name: 'offline' })),
  play: async ({ canvasElement }) => {
    dispatchEvent(new Event('offline'));
    await act(canvasElement, { name: 'offline', query: 'vpn' });
  },
};
/** Outside any provider: the configuration message. */
export const NotConnected: Story = { render: () => html`<sx-search></sx-search>` };
