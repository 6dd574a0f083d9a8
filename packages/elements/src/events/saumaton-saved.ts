export interface SaumatonSavedDetail<T = unknown> {
  /** What was saved: `'team'`, later `'consent'`, `'assessment'`, `'plan-part'`. */
  readonly kind: string;
  readonly value: T;
  /** The version the backend gave the saved value. */
  readonly version: string;
}

/** Fired after a widget's change reached the backend. */
export class SaumatonSavedEvent<T = unknown> extends CustomEvent<SaumatonSavedDetail<T>> {
  constructor(detail: SaumatonSavedDetail<T>) {
    super('saumaton-saved', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'saumaton-saved': SaumatonSavedEvent;
  }
}
