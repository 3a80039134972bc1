import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createMemoryAdapter, type MemoryFault } from '../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../src/core/survey-policy.js';
import '../src/provider.js';
import '../src/elements/sx-satisfaction/sx-satisfaction.js';

interface Args {
  scale: 'csat5' | 'thumbs' | 'emoji5' | 'ces7' | 'nps11';
  followUp: 'auto' | 'low' | 'none';
  rater: boolean;
  presentation: 'inline' | 'toast';
  subjectLabel: string;
}

/**
 * Every story starts from a clean slate: its own embedded backend and a cleared survey policy, so
 * that "never nags" does not hide the prompt after the first story you open.
 */
function prompt(args: Args, options: { name: string; faults?: MemoryFault[]; connected?: boolean; topic?: string } = { name: 'default' }) {
  localStorage.removeItem(SURVEY_POLICY_KEY);
  const element = html`<sx-satisfaction
    ticket-id=${options.topic ? nothing : 'INC0012003'}
    topic=${options.topic ?? nothing}
    scale=${args.scale}
    follow-up=${args.followUp}
    ?rater=${args.rater}
    presentation=${args.presentation}
    subject-label=${args.subjectLabel || nothing}
  ></sx-satisfaction>`;
  if (options.connected === false) return html`<div style="max-width: 34rem">${element}</div>`;
  const adapter = createMemoryAdapter({ dbName: `story-satisfaction-${options.name}-${Date.now()}`, faults: options.faults });
  return html`<sx-provider .adapter=${adapter}><div style="max-width: 34rem">${element}</div></sx-provider>`;
}

/** Waits for the prompt, then does what a person would: choose a score, tick reasons, type, send. */
async function answer(canvas: HTMLElement, steps: { score: number; reasons?: string[]; comment?: string; send?: boolean }) {
  const element = canvas.querySelector('sx-satisfaction')!;
  const root = element.shadowRoot!;
  for (let tries = 0; tries < 100 && !root.querySelector('[role=radiogroup]'); tries++) await new Promise((resolve) => setTimeout(resolve, 30));
  root.querySelector<HTMLLabelElement>(`label[for=score-${steps.score}]`)?.click();
  await element.updateComplete;
  for (const reason of steps.reasons ?? []) root.querySelector<HTMLLabelElement>(`label[for=reason-${reason}]`)?.click();
  const comment = root.querySelector<HTMLTextAreaElement>('[part=comment]');
  if (comment && steps.comment) {
    comment.value = steps.comment;
    comment.dispatchEvent(new Event('input'));
  }
  await element.updateComplete;
  if (steps.send) root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
}

const meta: Meta<Args> = {
  title: 'Elements/sx-satisfaction',
  component: 'sx-satisfaction',
  tags: ['autodocs'],
  args: { scale: 'csat5', followUp: 'auto', rater: false, presentation: 'inline', subjectLabel: 'INC0012003 · VPN drops every hour' },
  argTypes: {
    scale: { control: 'select', options: ['csat5', 'thumbs', 'emoji5', 'ces7', 'nps11'] },
    followUp: { control: 'inline-radio', options: ['auto', 'low', 'none'] },
    presentation: { control: 'inline-radio', options: ['inline', 'toast'] },
  },
  render: (args) => prompt(args, { name: 'default' }),
};
export default meta;

type Story = StoryObj<Args>;

export const Csat5: Story = { args: { scale: 'csat5' } };
export const Thumbs: Story = { args: { scale: 'thumbs' } };
export const Emoji5: Story = { args: { scale: 'emoji5' } };
export const CustomerEffort: Story = { name: 'Customer effort (ces7)', args: { scale: 'ces7' } };
export const Nps11: Story = { name: 'Net Promoter (nps11)', args: { scale: 'nps11' } };

export const TopicPulse: Story = {
  name: 'Topic pulse',
  args: { scale: 'emoji5', subjectLabel: 'Laptop refresh' },
  render: (args) => prompt(args, { name: 'topic', topic: 'laptop-refresh' }),
};

export const LowScoreWhatWentWrong: Story = {
  name: 'Low score: what went wrong',
  render: (args) => prompt(args, { name: 'low' }),
  play: ({ canvasElement }) => answer(canvasElement, { score: 1, reasons: ['responsiveness'], comment: 'Nobody called me back.' }),
};

export const HighScoreWhatWentWell: Story = {
  name: 'High score: what went well',
  render: (args) => prompt(args, { name: 'high' }),
  play: ({ canvasElement }) => answer(canvasElement, { score: 5, reasons: ['assurance'] }),
};

export const PerDimensionRatings: Story = {
  name: 'Per-dimension ratings (rater)',
  args: { rater: true },
  render: (args) => prompt(args, { name: 'rater' }),
  play: ({ canvasElement }) => answer(canvasElement, { score: 3 }),
};

export const ThankYou: Story = {
  name: 'Thank you, with what happens next',
  render: (args) => prompt(args, { name: 'thanks' }),
  play: ({ canvasElement }) => answer(canvasElement, { score: 2, reasons: ['reliability'], send: true }),
};

export const SavedWhileOffline: Story = {
  name: 'Saved while offline',
  render: (args) => prompt(args, { name: 'offline', faults: [{ kind: 'network', operation: 'submitSatisfaction' }] }),
  play: ({ canvasElement }) => answer(canvasElement, { score: 4, send: true }),
};

export const SendingFailed: Story = {
  name: 'Sending failed for good',
  render: (args) => prompt(args, { name: 'failed', faults: [{ kind: 'forbidden', operation: 'submitSatisfaction' }] }),
  play: ({ canvasElement }) => answer(canvasElement, { score: 4, send: true }),
};

export const Toast: Story = {
  args: { presentation: 'toast', scale: 'thumbs' },
  render: (args) => html`<p>The page stays usable: the toast sits in a corner and never takes focus.</p>
    ${prompt(args, { name: 'toast' })}`,
};

export const HiddenByPolicy: Story = {
  name: 'Hidden by policy (renders nothing)',
  render: (args) => {
    const adapter = createMemoryAdapter({ dbName: `story-satisfaction-hidden-${Date.now()}` });
    localStorage.setItem(
      SURVEY_POLICY_KEY,
      JSON.stringify({ version: 1, subjects: { 'topic:laptop-refresh': { askedAt: Date.now(), optedOutAt: Date.now() } } }),
    );
    return html`<sx-provider .adapter=${adapter}>
      <p>Above the prompt.</p>
      <sx-satisfaction topic="laptop-refresh" scale=${args.scale}></sx-satisfaction>
      <p>Below the prompt: no gap between these lines, because the person opted out of this topic.</p>
    </sx-provider>`;
  },
};

export const NotConnected: Story = {
  name: 'Not connected',
  render: (args) => prompt(args, { name: 'unconnected', connected: false }),
};
