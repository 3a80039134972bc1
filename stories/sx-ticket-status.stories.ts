import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import { loadSeed } from '../src/adapters/memory/seed/index.js';
import { generateTickets } from '../test/bench/generate-data.js';
import type { Ticket } from '../src/core/schemas.js';
import '../src/provider.js';
import '../src/elements/sx-ticket-status/sx-ticket-status.js';

// Not JSDoc, so that the docs page shows the element's own description from the manifest.
/*
 * One story per state of <sx-ticket-status>, each on its own embedded backend (a fresh database
 * per story, so comments written in one story do not leak into another). Seed tickets:
 * INC0012001 in progress (due in ~3 h), INC0012002 waiting on you (SLA paused), INC0012003
 * resolved (confirm / reopen), INC0012004 in progress with a breached SLA.
 */
const meta: Meta = {
  title: 'Elements/sx-ticket-status',
  component: 'sx-ticket-status',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;
const now = new Date();

function backend(name: string, options: MemoryAdapterOptions = {}) {
  return createMemoryAdapter({ dbName: `story-ticket-status-${name}-${Date.now()}`, latency: 250, ...options });
}

const frame = (content: unknown) => html`<div style="max-width: 48rem">${content}</div>`;

const detail = (name: string, ticketId: string, options: MemoryAdapterOptions = {}) =>
  frame(html`<sx-provider .adapter=${backend(name, options)}>
    <sx-ticket-status ticket-id=${ticketId}></sx-ticket-status>
  </sx-provider>`);

export const InProgress: Story = { name: 'In progress, due in 3 hours', render: () => detail('progress', 'INC0012001') };

export const WaitingOnYou: Story = { name: 'Waiting on you (SLA paused)', render: () => detail('waiting', 'INC0012002') };

export const Overdue: Story = { name: 'Overdue, we are on it', render: () => detail('overdue', 'INC0012004') };

export const Resolved: Story = { name: 'Resolved: confirm or reopen', render: () => detail('resolved', 'INC0012003') };

export const Cancelled: Story = { name: 'Cancelled', render: () => detail('cancelled', 'RITM0004512') };

export const List: Story = {
  name: 'My requests (list)',
  render: () =>
    frame(html`<sx-provider .adapter=${backend('list')}>
      <sx-ticket-status></sx-ticket-status>
    </sx-provider>`),
};

export const ListOfAThousand: Story = {
  name: 'List of 1,000 requests',
  render: () => frame(html`<sx-provider .adapter=${backend('thousand', { tickets: generateTickets(1000, now) })}>
    <sx-ticket-status filter="all"></sx-ticket-status>
  </sx-provider>`),
};

export const LongHistory: Story = {
  name: 'Ticket with 200 updates',
  render: () => {
    const [ticket] = generateTickets(1, now, 7, 200) as [Ticket];
    return detail('long', ticket.id, { tickets: [ticket] });
  },
};

export const Loading: Story = {
  name: 'Loading (skeleton)',
  render: () => detail('loading', 'INC0012001', { latency: 600_000 }),
};

export const NotFound: Story = { name: 'Not found', render: () => detail('not-found', 'INC9999999') };

export const NoAccess: Story = {
  name: 'No access',
  render: () => detail('forbidden', 'INC0012001', { faults: [{ kind: 'forbidden', operation: 'getTicket' }] }),
};

export const SignInNeeded: Story = {
  name: 'Session expired',
  render: () => detail('unauthorized', 'INC0012001', { faults: [{ kind: 'unauthorized', operation: 'getTicket' }] }),
};

export const ServerError: Story = {
  name: 'Server error with retry (fails once)',
  render: () => detail('server', 'INC0012001', { faults: [{ kind: 'server', operation: 'getTicket', times: 1 }] }),
};

export const RateLimited: Story = {
  name: 'Rate limited',
  render: () =>
    detail('rate-limited', 'INC0012001', { faults: [{ kind: 'rate-limited', operation: 'getTicket', retryAfter: 30 }] }),
};

export const Offline: Story = {
  name: 'Offline: last known data, marked stale',
  loaders: [async () => ({ tickets: (await loadSeed(now)).tickets })],
  render: (_args, { loaded }) => {
    const ticket = (loaded.tickets as Ticket[]).find((candidate) => candidate.id === 'INC0012001');
    return frame(html`<sx-provider .adapter=${backend('offline', { faults: [{ kind: 'network', operation: 'getTicket' }] })}>
      <sx-ticket-status ticket-id="INC0012001" .ticket=${ticket}></sx-ticket-status>
    </sx-provider>`);
  },
};

export const PendingComment: Story = {
  name: 'Comment waiting to be sent (backend failing)',
  render: () => detail('pending', 'INC0012001', { faults: [{ kind: 'server', operation: 'addComment' }] }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('sx-ticket-status')!;
    let box: HTMLTextAreaElement | null | undefined;
    while (!(box = element.shadowRoot?.querySelector<HTMLTextAreaElement>('#comment'))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    box.value = 'The dock light blinks orange when I plug it in.';
    box.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('.comment-box button[type=submit]')!.click();
  },
};

export const NotConnected: Story = {
  name: 'Not connected (no provider)',
  render: () => frame(html`<sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>`),
};

export const Arabic: Story = {
  name: 'Arabic, right to left',
  render: () =>
    frame(html`<div lang="ar" dir="rtl"><sx-provider locale="ar" .adapter=${backend('arabic')}>
      <sx-ticket-status ticket-id="INC0012002"></sx-ticket-status>
    </sx-provider></div>`),
};

export const Themed: Story = {
  name: 'Themed with tokens and parts',
  render: () =>
    frame(html`<style>
        /* A brand colour per scheme: one fixed purple fails contrast on the dark surface. */
        .themed sx-ticket-status {
          --sx-color-accent: light-dark(#6b2fa3, #d0a8f5);
          --sx-color-accent-subtle: light-dark(#f1e8fa, #2e1a42);
          --sx-radius: 0;
          --sx-font-family: Georgia, serif;
        }
        .themed sx-ticket-status::part(stage) {
          padding-block: 0.5rem;
          border-block: 1px solid light-dark(#6b2fa3, #d0a8f5);
        }
        .themed sx-ticket-status::part(event) {
          border-inline-start-width: 6px;
        }
      </style>
      <div class="themed">
        <sx-provider .adapter=${backend('themed')}><sx-ticket-status ticket-id="INC0012001"></sx-ticket-status></sx-provider>
      </div>`),
};
