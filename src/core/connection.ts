/**
 * A backend as the elements use it: the validated adapter plus the outbox that delivers its
 * writes. One connection per adapter instance, shared by every element under a provider.
 */
import { CAPABILITY_METHODS, type Capability, type ServiceAdapter } from './adapter.js';
import { Outbox, deliverWrite } from './outbox.js';

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
  const validated = validatedLazily(adapter);
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

/**
 * The adapter with every result validated (core/validate). The schemas and zod load as a separate
 * chunk right after connecting instead of with every element, so an element's first paint (its
 * skeleton) does not wait for them; every result still waits for its validation.
 */
function validatedLazily(adapter: ServiceAdapter): ServiceAdapter {
  let validation: Promise<ServiceAdapter> | undefined;
  const validated = () => (validation ??= import('./validate.js').then((module) => module.withValidation(adapter)));
  // Start loading now, off the element's critical path, so the first request rarely waits for it.
  setTimeout(validated);
  const lazy: Record<string, unknown> = { name: adapter.name, id: adapter.id, capabilities: adapter.capabilities };
  for (const method of new Set(Object.values(CAPABILITY_METHODS).flat())) {
    if (typeof adapter[method] !== 'function') continue;
    lazy[method] =
      method === 'watchTicket'
        ? (...args: Parameters<NonNullable<ServiceAdapter['watchTicket']>>) => {
            void validated().then((inner) => inner.watchTicket!(...args));
          }
        : async (...args: unknown[]) => {
            const inner = (await validated()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
            return inner[method]!(...args);
          };
  }
  return lazy as unknown as ServiceAdapter;
}
