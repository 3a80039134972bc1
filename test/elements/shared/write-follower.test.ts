import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AdapterError, capabilities, type ServiceAdapter } from '../../../src/core/adapter.js';
import { sleep } from '../../../src/core/backoff.js';
import type { ServiceConnection } from '../../../src/core/connection.js';
import { Outbox, type OutboxEntry } from '../../../src/core/outbox.js';
import { Announcer } from '../../../src/elements/shared/announcer.js';
import { WriteFollower, type FollowedWrite, type WriteState } from '../../../src/elements/shared/write-follower.js';

/** A backend that accepts comments, or fails the way a test says. */
function backend() {
  const state = { failure: undefined as AdapterError | undefined, delivered: [] as string[] };
  const deliver = async (entry: OutboxEntry) => {
    await sleep(5);
    if (state.failure) throw state.failure;
    state.delivered.push(entry.key);
    return { id: `event-${entry.key}` };
  };
  return { state, deliver };
}

function connectionOver(deliver: (entry: OutboxEntry) => Promise<unknown>, dbName: string): ServiceConnection & { real: Outbox } {
  const outbox = new Outbox({ scope: 'test:follower', deliver, dbName, backoff: { baseMs: 10, maxMs: 20 } });
  outbox.start();
  const adapter: ServiceAdapter = { name: 'test', id: 'test:follower', capabilities: capabilities('comments') };
  return { adapter, outbox, real: outbox, has: () => true, close: () => outbox.stop() };
}

class FollowerProbe extends LitElement {
  changes: [WriteState, WriteState | undefined][] = [];
  readonly announcer = new Announcer(this);
  readonly writes = new WriteFollower(this, {
    onChange: (write: FollowedWrite, previous) => {
      this.changes.push([write.state, previous]);
      this.announcer.announce(`Comment ${write.state}`);
    },
  });
  protected override render() {
    return html`<ul>${this.writes.all().map((write) => html`<li>${write.key}: ${write.state}</li>`)}</ul>
      ${this.announcer.render()}`;
  }
}
customElements.define('follower-probe', FollowerProbe);

async function until(condition: () => boolean, what: string) {
  const deadline = performance.now() + 3000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

const listText = (el: FollowerProbe) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

describe('WriteFollower (the one way elements follow what people sent)', () => {
  let connections: (ServiceConnection & { real: Outbox })[] = [];
  afterEach(() => {
    connections.forEach((connection) => connection.close());
    connections = [];
  });
  const open = (deliver: (entry: OutboxEntry) => Promise<unknown>, dbName = `sx-follower-${crypto.randomUUID()}`) => {
    const connection = connectionOver(deliver, dbName);
    connections.push(connection);
    return connection;
  };

  it('shows a comment as sending, then sent, and announces each change once', async () => {
    const { deliver, state } = backend();
    const connection = open(deliver);
    const el = await fixture<FollowerProbe>(html`<follower-probe></follower-probe>`);
    await el.writes.send(connection, 'comment', { ticketId: 'INC1', text: 'Still broken' }, 'k1');
    await until(() => el.writes.get('k1')?.state === 'sent', 'delivery');
    await el.updateComplete;
    expect(listText(el)).to.deep.equal(['k1: sent']);
    expect(el.writes.get('k1')!.entry!.result).to.deep.equal({ id: 'event-k1' });
    expect(state.delivered).to.deep.equal(['k1']);
    expect(el.changes.map(([now]) => now)).to.deep.equal(['sending', 'sent']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Comment sent');
  });

  it('says offline while the network is down and sent once it is back, delivering once', async () => {
    const { deliver, state } = backend();
    state.failure = new AdapterError('network', 'down');
    const connection = open(deliver);
    const el = await fixture<FollowerProbe>(html`<follower-probe></follower-probe>`);
    await el.writes.send(connection, 'comment', { ticketId: 'INC1', text: 'Hello' }, 'k2');
    await until(() => el.writes.get('k2')?.state === 'offline', 'offline');
    state.failure = undefined;
    await connection.outbox.flush({ force: true });
    await until(() => el.writes.get('k2')?.state === 'sent', 'delivery');
    expect(state.delivered).to.deep.equal(['k2']);
  });

  it('reports a refusal as failed with its reason, and a retry sends it again', async () => {
    const { deliver, state } = backend();
    state.failure = new AdapterError('forbidden', 'no');
    const connection = open(deliver);
    const el = await fixture<FollowerProbe>(html`<follower-probe></follower-probe>`);
    await el.writes.send(connection, 'comment', { ticketId: 'INC1', text: 'Hello' }, 'k3');
    await until(() => el.writes.get('k3')?.state === 'failed', 'failure');
    expect(el.writes.get('k3')!.failure).to.be.instanceOf(AdapterError);
    expect(el.writes.get('k3')!.failure!.kind).to.equal('forbidden');
    state.failure = undefined;
    await el.writes.retry(connection, 'k3');
    await until(() => el.writes.get('k3')?.state === 'sent', 'delivery after retry');
    expect(state.delivered).to.deep.equal(['k3']);
  });

  it('finds a write an earlier page left in the outbox and follows it to sent', async () => {
    const dbName = `sx-follower-${crypto.randomUUID()}`;
    const { deliver, state } = backend();
    state.failure = new AdapterError('server', 'busy');
    const first = open(deliver, dbName);
    await first.outbox.enqueue('comment', { ticketId: 'INC9', text: 'From before the reload' }, 'k4');
    first.close();
    state.failure = undefined;
    const second = open(deliver, dbName);
    const el = await fixture<FollowerProbe>(html`<follower-probe></follower-probe>`);
    const restored = await el.writes.restore(second, 'comment', (entry) => entry.payload.ticketId === 'INC9');
    expect(restored.map((write) => write.key)).to.deep.equal(['k4']);
    await second.outbox.flush({ force: true });
    await until(() => el.writes.get('k4')?.state === 'sent', 'delivery after reload');
    expect(state.delivered.filter((key) => key === 'k4')).to.have.length(1);
  });
});
