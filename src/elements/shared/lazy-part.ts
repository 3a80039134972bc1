/**
 * The one way an element loads a part it does not need for its first paint (an article view, a
 * request form, a follow-up question): the module is imported the first time it is asked for, and
 * the styles it exports join the element's shadow root then, so neither weighs on the first load.
 * A part that failed to load (offline, a new deploy) shows its retry; `load()` tries again.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type ReactiveElement } from 'lit';
import { loadOnce } from '../../core/load-once.js';

/** What a lazily loaded part exports besides its code. */
export interface PartModule {
  readonly styles?: CSSResultOrNative | readonly CSSResultOrNative[];
}

const added = new WeakMap<ShadowRoot, CSSResultOrNative[]>();

/** Adds a part's styles after the element's own (and the parts' before it), in this shadow root only. */
function addStyles(host: ReactiveElement, styles: readonly CSSResultOrNative[]): void {
  const root = host.shadowRoot;
  if (!styles.length || !root) return;
  const all = [...(added.get(root) ?? []), ...styles];
  added.set(root, all);
  // adoptStyles replaces adopted sheets, but only appends <style> elements where sheets are unsupported.
  const own = (host.constructor as typeof ReactiveElement).elementStyles;
  adoptStyles(root, supportsAdoptingStyleSheets ? [...own, ...all] : [...styles]);
}

/** A part's import shared by every instance of the element: once loaded, later instances render it in their first update. */
export interface PartLoader<M> {
  (): Promise<M>;
  /** The module once an import resolved. */
  loaded?: M;
}

/** Declare at module level: `const detailPart = partLoader(() => import('./detail-part.js'))`. */
export function partLoader<M>(importer: () => Promise<M>): PartLoader<M> {
  const loader: PartLoader<M> = loadOnce(() => importer().then((module) => (loader.loaded = module)));
  return loader;
}

function stylesOf(module: PartModule): readonly CSSResultOrNative[] {
  const { styles } = module;
  return styles === undefined ? [] : Array.isArray(styles) ? styles : [styles as CSSResultOrNative];
}

export class LazyPart<M extends PartModule> {
  /** The module, once loaded; until then the host shows a placeholder of the same size. */
  module?: M;
  /** The last load failed; `get()` does not retry (no loop while offline), `load()` does. */
  failed = false;
  private loading?: Promise<M>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly importer: PartLoader<M>,
  ) {}

  /** Resolves with the module once it is loaded and its styles are in place; rejects when loading failed. */
  ready(): Promise<M> {
    this.loading ??= this.importer().then(
      (module) => {
        this.adopt(module);
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.loading;
  }

  /** Like `ready()`, but resolves with undefined when loading failed. */
  load(): Promise<M | undefined> {
    return this.ready().catch(() => undefined);
  }

  /** The module if loaded; otherwise starts loading it and returns undefined (call it while rendering). */
  get(): M | undefined {
    const shared = this.importer.loaded;
    if (!this.module && shared) {
      // Another instance loaded it: render it now, not a placeholder and a second update.
      this.adopt(shared);
      this.loading = Promise.resolve(shared);
    }
    if (!this.module && !this.loading && !this.failed) void this.load();
    return this.module;
  }

  private adopt(module: M): void {
    if (this.module === module) return;
    addStyles(this.host, stylesOf(module));
    this.module = module;
    this.failed = false;
  }
}
