import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAdapter, type MemoryFault } from '../src/adapters/memory/index.js';
import { generateCatalog } from '../test/bench/generate-data.js';
import '../src/provider.js';
import '../src/elements/sx-catalog/sx-catalog.js';

interface Args {
  layout: 'grid' | 'list';
  category: string;
}

let count = 0;
function backend(faults: MemoryFault[] = [], latency: number | [number, number] = [150, 400]) {
  return createMemoryAdapter({ dbName: `story-catalog-${Date.now()}-${++count}`, faults, latency });
}

const meta: Meta<Args> = {
  title: 'Elements/sx-catalog',
  component: 'sx-catalog',
  tags: ['autodocs'],
  args: { layout: 'grid', category: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    category: { control: 'select', options: ['', 'hardware', 'software', 'access', 'accounts', 'communication', 'facilities'] },
  },
  render: (args) => html`<sx-provider .adapter=${backend()}>
    <sx-catalog layout=${args.layout} category=${args.category}></sx-catalog>
  </sx-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The grid: filter by words or category, move between cards with the arrow keys, Request opens the form in place. */
export const Grid: Story = {};

export const List: Story = { args: { layout: 'list' } };

export const Category: Story = { args: { category: 'facilities' } };

export const Loading: Story = {
  render: (args) => html`<sx-provider .adapter=${backend([], 60_000)}><sx-catalog layout=${args.layout}></sx-catalog></sx-provider>`,
};

export const LoadFailed: Story = {
  render: (args) => html`<sx-provider .adapter=${backend([{ kind: 'network', operation: 'listCatalog' }])}>
    <sx-catalog layout=${args.layout}></sx-catalog>
  </sx-provider>`,
};

/** 500 pre-fetched items (the bench's data set) rendered at once. */
export const FiveHundredItems: Story = {
  render: (args) => html`<sx-provider .adapter=${backend()}>
    <sx-catalog layout=${args.layout} .items=${generateCatalog(500)}></sx-catalog>
  </sx-provider>`,
};

export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" lang="ar">
    <sx-provider .adapter=${backend()} locale="ar"><sx-catalog layout=${args.layout}></sx-catalog></sx-provider>
  </div>`,
};
