import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { AnyAdapter, Viewer } from '@saumaton/core';
import { adapterContext, viewerContext } from './context.js';
import { VERSION } from './version.js';

/**
 * Hands an adapter and a viewer down to every Saumaton widget inside it, so a portal sets them
 * once. A widget's own `adapter` or `viewer` property wins over the provider's.
 *
 * @summary Provides the data adapter and the viewer to the widgets inside it.
 * @tag saumaton-provider
 * @slot - The widgets and any other content.
 */
export class SaumatonProvider extends LitElement {
  static readonly version: string = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The data adapter the widgets inside use. */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter?: AnyAdapter;

  /** Who is looking: `{ kind: 'professional' | 'client' | 'representative', organizationId?, practitionerId? }`. */
  @provide({ context: viewerContext })
  @property({ attribute: false })
  viewer?: Viewer;

  protected override render() {
    return html`<slot></slot>`;
  }
}
