import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AnyAdapter, Viewer } from '@saumaton/core';
import { adapterContext, viewerContext } from './context.js';
import { SaumatonErrorEvent } from './events/saumaton-error.js';
import { ensureLocalization } from './localization.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';

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
 */
export class SaumatonElement extends LitElement {
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

  constructor() {
    super();
    ensureLocalization();
    updateWhenLocaleChanges(this);
  }

  /** The adapter in effect: the property, else the provider's. */
  protected get resolvedAdapter(): AnyAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /** The viewer in effect: the property, else the provider's. */
  protected get resolvedViewer(): Viewer | undefined {
    return this.viewer ?? this.contextViewer;
  }

  /** Tells the host page that something failed; the widget shows its own state as well. */
  protected emitError(error: unknown): void {
    this.dispatchEvent(new SaumatonErrorEvent(error));
  }
}
