/**
 * The one way an element loads something from its backend: abortable, stale answers dropped,
 * pending / ready / empty / error states, a retry, and every failure reported once as `sx-error`.
 * Like @lit/task, it re-runs when its arguments change; unlike it, it keeps the last value on
 * screen while a newer one loads, and it knows "empty" and the kit's error reporting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toAdapterError, type AdapterError } from '../../core/adapter.js';
import type { SxOperation } from '../../core/events.js';

export type ResourceStatus = 'idle' | 'pending' | 'ready' | 'empty' | 'error';

/** What a resource needs from its element. `SxElement` provides it. */
export interface ResourceHost extends ReactiveControllerHost {
  reportError(operation: SxOperation, error: unknown): AdapterError;
}

export interface ResourceOptions<A extends readonly unknown[], T> {
  /** Named in `sx-error` when loading fails. */
  operation: SxOperation;
  /**
   * What to load with, read before each update; a change starts a new load (compared item by item).
   * Undefined means there is nothing to load (no backend, no id): the resource goes idle.
   */
  args: () => A | undefined;
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** A successful answer that has nothing to show (no results, an empty list). */
  isEmpty?: (value: T) => boolean;
  /** After each fresh value, before the host renders it (announce, emit). */
  onValue?: (value: T, args: A) => void;
  /** After a failure was reported; return true when the host handled it (e.g. shows a stale copy). */
  onError?: (error: AdapterError, args: A) => boolean | void;
  /** Run only when `run()` is called (debounced typeahead), not on every argument change. */
  manual?: boolean;
}

const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((value, index) => Object.is(value, b[index])));

export class Resource<A extends readonly unknown[], T> implements ReactiveController {
  status: ResourceStatus = 'idle';
  /** The latest value; kept while a newer one loads and after a failed refresh. */
  value?: T;
  error?: AdapterError;
  private lastArgs?: A;
  private controller?: AbortController;

  constructor(
    private readonly host: ResourceHost,
    private readonly options: ResourceOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.options.manual) return;
    const args = this.options.args();
    if (!sameArgs(args, this.lastArgs) || (args && this.status === 'idle')) void this.run(args);
  }

  hostConnected(): void {
    // Back on the page after a disconnect: the next update loads afresh.
    if (!this.options.manual && this.lastArgs === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort();
    // Reconnected later, the element loads afresh.
    this.lastArgs = undefined;
    if (this.status === 'pending') this.status = 'idle';
  }

  /** True while a load is under way (also a refresh that keeps the old value on screen). */
  get loading(): boolean {
    return this.status === 'pending';
  }

  /** Loads now with `args` (default: the current ones); resolves when this run has settled. */
  async run(args: A | undefined = this.options.args()): Promise<void> {
    this.abort();
    this.lastArgs = args;
    if (!args) {
      this.status = 'idle';
      this.error = undefined;
      this.host.requestUpdate();
      return;
    }
    const controller = (this.controller = new AbortController());
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.options.load(args, controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = this.options.isEmpty?.(value) ? 'empty' : 'ready';
      this.options.onValue?.(value, args);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      const problem = toAdapterError(error);
      this.error = problem;
      this.status = 'error';
      this.host.reportError(this.options.operation, problem);
      this.options.onError?.(problem, args);
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
    this.host.requestUpdate();
  }

  /** Tries the last load again (the error state's "Try again"). */
  retry(): Promise<void> {
    return this.run(this.lastArgs ?? this.options.args());
  }

  /** Stops a load under way; its answer, if any, is dropped. */
  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Replaces the value without loading (a write returned a newer copy). */
  set(value: T): void {
    this.value = value;
    this.status = this.options.isEmpty?.(value) ? 'empty' : 'ready';
    this.error = undefined;
    this.host.requestUpdate();
  }
}
