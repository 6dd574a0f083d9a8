import type { Team } from '@saumaton/core';

/**
 * What each widget saves, by `kind`. A widget package adds its own entry by declaration merging
 * (`declare module '@saumaton/elements' { interface SavedRecords { consent: Consent } }`), so the
 * event's detail is a union a host can narrow by `kind`.
 */
export interface SavedRecords {
  /** `<saumaton-team-roster>`: the team as saved, not redacted (the host owns the adapter it came from). */
  readonly team: Team;
}

export type SavedKind = keyof SavedRecords;

/**
 * The detail of `saumaton-saved`: `{ kind: 'team', value: Team, version }`, one member per widget.
 * `SaumatonSavedDetail<'team'>` is the roster's member alone, what its element's event map gives.
 */
export type SaumatonSavedDetail<K extends SavedKind = SavedKind> = {
  readonly [P in K]: {
    readonly kind: P;
    readonly value: SavedRecords[P];
    /** The version the backend gave the saved value. */
    readonly version: string;
  };
}[K];

/**
 * Fired after a widget's change reached the backend. On the document (the global event map) its
 * detail is the union of every widget's record; on a widget (its own event map, e.g.
 * `TeamRosterEventMap`) it is that widget's kind alone: `SaumatonSavedEvent<'team'>`.
 */
export class SaumatonSavedEvent<K extends SavedKind = SavedKind> extends CustomEvent<SaumatonSavedDetail<K>> {
  constructor(detail: SaumatonSavedDetail<K>) {
    super('saumaton-saved', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'saumaton-saved': SaumatonSavedEvent;
  }
}
