/**
 * What every sx-* element has: its backend (provider or document default), its language, and a
 * typed `emit()` whose events bubble out of the shadow root and reach the analytics sink.
 */
import { LitElement, ReactiveElement, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AdapterError, toAdapterError } from '../../core/adapter.js';
import type { Catalog, MessageBundle } from '../../core/i18n/index.js';
import type { SxEventName, SxOperation } from '../../core/events.js';
import { toHeadingLevel, type HeadingLevel } from './heading.js';
import { LocalizeController } from './localize-controller.js';
import { renderProblem } from './problem.js';
import { ServiceController } from './service-controller.js';

export interface EmitOptions {
  cancelable?: boolean;
}

export abstract class SxElement<M extends Catalog = Catalog> extends LitElement {
  /**
   * The level (1–6) of the element's top headings, to fit the page's outline; headings inside go
   * one level deeper. Each element documents its default (what it used before the attribute).
   */
  @property({ attribute: 'heading-level', converter: (value) => toHeadingLevel(value, 3) }) headingLevel: HeadingLevel = 3;

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
   * The element renders into a box inside its shadow root that says which language its words are
   * in (WCAG 3.1.2): a provider `locale` unlike the page's, or the English fallback on a page in a
   * language the kit has no catalog for, is then read with the right voice. `display: contents`
   * keeps the layout as if the box were not there.
   */
  protected override createRenderRoot(): HTMLElement {
    const box = document.createElement('div');
    box.style.display = 'contents';
    (super.createRenderRoot() as ShadowRoot).append(box);
    return box;
  }

  /**
   * A render that throws (an answer the schemas accept but `Intl` or `Date` refuse) shows the
   * element's problem view and reports `sx-error` once, instead of leaving "Loading…" forever.
   * The next update renders normally again.
   */
  protected override update(changed: PropertyValues): void {
    (this.renderRoot as HTMLElement).lang = this.localize.lang;
    try {
      super.update(changed);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const problem = new AdapterError('invalid-response', `The answer could not be shown: ${message}`, { cause: error });
      const t = this.localize.t.bind(this.localize) as Parameters<typeof renderProblem>[0];
      // What LitElement.update skipped when render threw: the update is marked done (else
      // updateComplete never settles). Lit keeps its part on the shadow root, so the next
      // successful render replaces this view.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      render(renderProblem(t, problem, undefined, this.headingLevel), this.renderRoot, this.renderOptions);
      this.reportError('render', problem);
    }
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
