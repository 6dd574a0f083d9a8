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

/** The detail of `saumaton-saved`: `{ kind: 'team', value: Team, version }`, one member per widget. */
export type SaumatonSavedDetail = {
  readonly [K in SavedKind]: {
    readonly kind: K;
    readonly value: SavedRecords[K];
    /** The version the backend gave the saved value. */
    readonly version: string;
  };
}[SavedKind];

/** Fired after a widget's change reached the backend. */
export class SaumatonSavedEvent extends CustomEvent<SaumatonSavedDetail> {
  constructor(detail: SaumatonSavedDetail) {
    super('saumaton-saved', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'saumaton-saved': SaumatonSavedEvent;
  }
}
