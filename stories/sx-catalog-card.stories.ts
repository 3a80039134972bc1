import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAdapter, type MemoryFault } from '../src/adapters/memory/index.js';
import '../src/provider.js';
import '../src/elements/sx-catalog-card/sx-catalog-card.js';

interface Args {
  itemId: string;
  variant: 'compact' | 'full';
  open: boolean;
}

let count = 0;
/** A fresh embedded backend per render, so one story's requests and drafts never leak into another. */
function backend(faults: MemoryFault[] = [], latency: number | [number, number] = [150, 400]) {
  return createMemoryAdapter({ dbName: `story-catalog-card-${Date.now()}-${++count}`, faults, latency });
}

const card = (args: Args, faults: MemoryFault[] = [], latency?: number | [number, number]) => html`
  <sx-provider .adapter=${backend(faults, latency)}>
    <sx-catalog-card style="max-width: 36rem" item-id=${args.itemId} variant=${args.variant} ?open=${args.open}></sx-catalog-card>
  </sx-provider>
`;

const meta: Meta<Args> = {
  title: 'Elements/sx-catalog-card',
  component: 'sx-catalog-card',
  tags: ['autodocs'],
  args: { itemId: 'cat-new-laptop', variant: 'full', open: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    itemId: {
      control: 'select',
      options: ['cat-new-laptop', 'cat-monitor', 'cat-mobile-phone', 'cat-software-request', 'cat-meeting-room-av'],
    },
  },
  render: (args) => card(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The card: icon, plain-words delivery, cost with recurrence, approval badge, Request. */
export const Card: Story = {};

export const Compact: Story = { args: { variant: 'compact', itemId: 'cat-mobile-phone' } };

/** The request form, generated from the item's variables (try model "Other" and the accessories box). */
export const Form: Story = { args: { open: true } };

export const FormWithPersonLookup: Story = { args: { open: true, itemId: 'cat-teams-team' } };

/** Loading: the skeleton keeps the card's size, so nothing moves when it arrives. */
export const Loading: Story = { render: (args) => card(args, [], 60_000) };

export const NotFound: Story = { args: { itemId: 'cat-no-such-item' } };

export const LoadFailed: Story = { render: (args) => card(args, [{ kind: 'server', operation: 'getCatalogItem' }]) };

/** Submit once: the first send times out, the outbox retries with the same key, one request results. */
export const SlowBackend: Story = {
  args: { open: true, itemId: 'cat-monitor' },
  render: (args) => card(args, [{ kind: 'timeout', operation: 'submitRequest', times: 2 }]),
};

/** Submit while "offline": the request is kept and sent later, and the card says so. */
export const Offline: Story = {
  args: { open: true, itemId: 'cat-monitor' },
  render: (args) => card(args, [{ kind: 'network', operation: 'submitRequest' }]),
};

/** A refused request: the problem by kind, and the draft kept. */
export const SubmitRefused: Story = {
  args: { open: true, itemId: 'cat-monitor' },
  render: (args) => card(args, [{ kind: 'forbidden', operation: 'submitRequest' }]),
};

export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" lang="ar">
    <sx-provider .adapter=${backend()} locale="ar">
      <sx-catalog-card style="max-width: 36rem" item-id=${args.itemId} variant=${args.variant} ?open=${args.open}></sx-catalog-card>
    </sx-provider>
  </div>`,
};

export const Dark: Story = {
  render: (args) => html`<div style="background: #0d1117; padding: 1rem">
    <sx-provider .adapter=${backend()} theme="dark">
      <sx-catalog-card style="max-width: 36rem" item-id=${args.itemId} variant=${args.variant} ?open=${args.open}></sx-catalog-card>
    </sx-provider>
  </div>`,
};
