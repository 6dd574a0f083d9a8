import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AnyAdapter, Viewer } from '@saumaton/core';
import { adapterContext, viewerContext } from './context.js';
import {
  ensureLocalization,
  isLocaleReady,
  registerLocaleLoaders,
  whenLocaleReady,
  type LocaleLoaders,
} from './localization.js';
import { baseStyles } from './styles.js';
import { LazyModule } from './controllers/lazy-module.js';
import { VERSION } from './version.js';

// Listener overloads typed by `Events`, by declaration merging (no runtime code). Angular's
// template type checker (`strictDomEventTypes`) types `$event` through them.
export interface SaumatonElement<Events> {
  addEventListener<K extends keyof Events>(
    type: K,
    listener: (this: this, event: Events[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof Events>(
    type: K,
    listener: (this: this, event: Events[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * The base of every Saumaton widget: baseline styles, the library version for `define()`,
 * localization wiring, and the adapter and viewer, taken from the element's own properties
 * first and from an enclosing `<saumaton-provider>` otherwise. What is documented here holds for
 * every widget and is not repeated in each.
 *
 * @cssprop --saumaton-font-family - The font.
 * @cssprop --saumaton-font-size - The text size; by default the widget follows the text around it.
 * @cssprop --saumaton-color-text - Text colour.
 * @cssprop --saumaton-color-text-muted - Secondary text colour.
 * @cssprop --saumaton-color-surface - Background.
 * @cssprop --saumaton-color-surface-raised - Card background.
 * @cssprop --saumaton-color-border - Borders of cards and lists.
 * @cssprop --saumaton-color-border-strong - Borders of controls.
 * @cssprop --saumaton-color-accent - Primary buttons and highlights.
 * @cssprop --saumaton-color-on-accent - Text on the accent colour.
 * @cssprop --saumaton-color-link - Links.
 * @cssprop --saumaton-color-focus - The focus ring.
 * @cssprop --saumaton-color-danger - Errors and destructive buttons.
 * @cssprop --saumaton-radius - Corner radius.
 *
 * `Events` is the widget's own event map: `addEventListener` and `removeEventListener` are typed
 * by it, so a host listening on the element reads `event.detail.value.members` without narrowing
 * by `kind` (CONVENTIONS §8).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-unused-vars -- Events types the listener overloads above
export class SaumatonElement<Events = HTMLElementEventMap> extends LitElement {
  static readonly version: string = VERSION;
  static override styles = [baseStyles];

  /** The data adapter. Overrides the one a `<saumaton-provider>` gives. */
  @property({ attribute: false }) adapter?: AnyAdapter;

  /** Who is looking. Overrides the one a `<saumaton-provider>` gives. */
  @property({ attribute: false }) viewer?: Viewer;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter?: AnyAdapter;

  @consume({ context: viewerContext, subscribe: true })
  @state()
  protected contextViewer?: Viewer;

  /**
   * The widget package's own string catalogue: `{ fi: () => import('./generated/locales/fi.js'),
   * sv: … }`. Registered with the one localization runtime when the first element is created.
   */
  static localeLoaders?: LocaleLoaders;

  /** Changes held back while the page's locale loads, and whether a wake-up is queued. */
  private localeHeld?: Map<PropertyKey, unknown>;
  private localeWaiting = false;

  constructor() {
    super();
    const { localeLoaders } = this.constructor as typeof SaumatonElement;
    if (localeLoaders) registerLocaleLoaders(localeLoaders);
    ensureLocalization();
    updateWhenLocaleChanges(this);
  }

  /**
   * No update while the page's locale is loading, so no word ever shows in another language
   * (an element not yet rendered stays empty). The held changes are applied once it has loaded.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!isLocaleReady()) {
      const held = (this.localeHeld ??= new Map());
      for (const [key, old] of changed) if (!held.has(key)) held.set(key, old);
      if (!this.localeWaiting) {
        this.localeWaiting = true;
        void whenLocaleReady().then(() => {
          this.localeWaiting = false;
          this.requestUpdate();
        });
      }
      return false;
    }
    if (this.localeHeld) {
      for (const [key, old] of this.localeHeld) if (!changed.has(key)) changed.set(key, old);
      this.localeHeld = undefined;
    }
    return super.shouldUpdate(changed);
  }

  /** Work whose end `updateComplete` waits for (see `settleAfter`). */
  private readonly unsettled = new Set<Promise<unknown>>();

  /**
   * Makes `updateComplete` wait for `work` and the update it leads to: a user's action that first
   * loads a module (`LazyModule`) is complete when what it opens has rendered, as a synchronous
   * action's would be.
   */
  protected settleAfter(work: Promise<unknown>): void {
    const done = work.then(
      () => undefined,
      () => undefined,
    );
    this.unsettled.add(done);
    void done.then(() => this.unsettled.delete(done));
  }

  /**
   * A part of the widget loaded with `importer` on first use (or ahead of it, `prefetch()`), whose
   * loading `updateComplete` waits for: `private readonly tools = this.lazyModule(() => import('./editing.js'))`.
   */
  protected lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
    return new LazyModule(this, importer, (work) => this.settleAfter(work));
  }

  /** Also waits for an update held back by a loading locale, and for work passed to `settleAfter`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.localeWaiting || this.unsettled.size > 0) {
      await Promise.all([this.localeWaiting ? whenLocaleReady() : undefined, ...this.unsettled]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The adapter in effect: the property, else the provider's. */
  protected get resolvedAdapter(): AnyAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /** The viewer in effect: the property, else the provider's. */
  protected get resolvedViewer(): Viewer | undefined {
    return this.viewer ?? this.contextViewer;
  }
}
