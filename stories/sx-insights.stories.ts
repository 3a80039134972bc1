import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAdapter, type MemoryFault } from '../src/adapters/memory/index.js';
import '../src/provider.js';
import '../src/insights.js';

interface Args {
  period: '7d' | '30d' | '90d' | '365d';
  service: string;
  topic: string;
}

/**
 * Each story has its own embedded backend, seeded with four months of records that tell the
 * demo's story: Workplace Services meets its SLA while its people are unhappy, and "parking
 * permit" finds nothing.
 */
function dashboard(args: Args, options: { name: string; faults?: MemoryFault[]; latency?: number; seed?: boolean } = { name: 'default' }) {
  const adapter = createMemoryAdapter({
    dbName: `story-insights-${options.name}-${Date.now()}`,
    persist: false,
    faults: options.faults,
    latency: options.latency,
    seedInsights: options.seed ?? true,
  });
  return html`<sx-provider .adapter=${adapter}>
    <sx-insights period=${args.period} service=${args.service} topic=${args.topic}></sx-insights>
  </sx-provider>`;
}

const meta: Meta<Args> = {
  title: 'Elements/sx-insights',
  component: 'sx-insights',
  tags: ['autodocs'],
  args: { period: '90d', service: '', topic: '' },
  argTypes: {
    period: { control: 'inline-radio', options: ['7d', '30d', '90d', '365d'] },
    service: { control: 'select', options: ['', 'Service Desk', 'Workplace Services', 'Network Team', 'Identity & Access'] },
  },
  render: (args) => dashboard(args),
};
export default meta;

type Story = StoryObj<Args>;

export const LastQuarter: Story = { name: 'Last 90 days' };
export const SlaMetButUnhappy: Story = { name: 'Workplace Services: SLA met but unhappy', args: { service: 'Workplace Services' } };
export const LastWeek: Story = { name: 'Last 7 days (daily points)', args: { period: '7d' } };
export const Loading: Story = { render: (args) => dashboard(args, { name: 'loading', latency: 60_000 }) };
export const EmptyPeriod: Story = { name: 'Empty period', render: (args) => dashboard(args, { name: 'empty', seed: false }) };
export const Failure: Story = {
  name: 'Backend failure',
  render: (args) => dashboard(args, { name: 'failure', faults: [{ kind: 'server', operation: 'getInsights' }] }),
};
export const RightToLeft: Story = {
  name: 'Arabic, right to left, dark',
  render: (args) => html`<div dir="rtl" lang="ar" style="background: #111; padding: 1rem">${dashboard(args, { name: 'rtl' })}</div>`,
  parameters: { docs: { description: { story: 'English strings until the lead adds the Arabic catalog.' } } },
};
