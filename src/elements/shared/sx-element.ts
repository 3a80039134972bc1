/**
 * What every sx-* element has: its backend (provider or document default), its language, and a
 * typed `emit()` whose events bubble out of the shadow root and reach the analytics sink.
 */
import { LitElement } from 'lit';
import { toAdapterError, type AdapterError } from '../../core/adapter.js';
import type { Catalog, MessageBundle } from '../../core/i18n/index.js';
import type { SxEventName, SxOperation } from '../../core/events.js';
import { LocalizeController } from './localize-controller.js';
import { ServiceController } from './service-controller.js';

export interface EmitOptions {
  cancelable?: boolean;
}

export abstract class SxElement<M extends Catalog = Catalog> extends LitElement {
  protected readonly localize: LocalizeController<M>;
  protected readonly service: ServiceController;

  constructor(messages: MessageBundle<M>) {
    super();
    this.localize = new LocalizeController<M>(this, messages);
    this.service = new ServiceController(this, (locale) => {
      this.localize.providerLocale = locale;
      if (this.isConnected) this.localize.refresh();
    });
  }

  /** Dispatches a bubbling, composed `sx-*` event; returns it so callers can check `defaultPrevented`. */
  emit<K extends SxEventName>(name: K, detail: SxEventMap[K], options: EmitOptions = {}): CustomEvent<SxEventMap[K]> {
    const event = new CustomEvent(name, {
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
      detail,
    });
    this.dispatchEvent(event);
    this.service.report(event);
    return event;
  }

  /**
   * The one way an element reports a failure: as an AdapterError (whatever was thrown) in a
   * bubbling `sx-error` event naming the operation. Returns the error for the element's error state.
   */
  reportError(operation: SxOperation, error: unknown): AdapterError {
    const problem = toAdapterError(error);
    this.emit('sx-error', { kind: problem.kind, message: problem.message, operation });
    return problem;
  }
}
