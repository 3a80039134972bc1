/**
 * A backend as the elements use it: the validated adapter plus the outbox that delivers its
 * writes. One connection per adapter instance, shared by every element under a provider.
 */
import type { Capability, ServiceAdapter } from './adapter.js';
import { Outbox, deliverWrite } from './outbox.js';
import { withValidation } from './validate.js';

export interface ServiceConnection {
  readonly adapter: ServiceAdapter;
  readonly outbox: Outbox;
  has(capability: Capability): boolean;
  close(): void;
}

const connections = new WeakMap<ServiceAdapter, ServiceConnection>();

export function connect(adapter: ServiceAdapter): ServiceConnection {
  const existing = connections.get(adapter);
  if (existing) return existing;
  const validated = withValidation(adapter);
  const outbox = new Outbox({ scope: adapter.id, deliver: (entry) => deliverWrite(validated, entry) });
  outbox.start();
  const connection: ServiceConnection = {
    adapter: validated,
    outbox,
    has: (capability) => adapter.capabilities[capability] === true,
    close: () => {
      outbox.stop();
      connections.delete(adapter);
    },
  };
  connections.set(adapter, connection);
  return connection;
}
