export interface SaumatonErrorDetail {
  /** The error as the adapter threw it: a `NotFoundError`, `ConflictError`, `ValidationError`, … */
  readonly error: unknown;
}

/** Fired when a widget cannot load or save; the widget also shows a localized error state. */
export class SaumatonErrorEvent extends CustomEvent<SaumatonErrorDetail> {
  constructor(error: unknown) {
    super('saumaton-error', { bubbles: true, composed: true, detail: { error } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'saumaton-error': SaumatonErrorEvent;
  }
}
