import type { Team } from '@saumaton/core';
import type { FormControls } from '@saumaton/elements';

/** What every roster form is given: the team as stored, the save's state, and what the roster does on each event. */
export interface RosterFormOptions<Draft, Field extends string> extends FormControls {
  readonly team: Team;
  /** What the form holds, as typed. */
  readonly draft: Draft;
  readonly errors: Partial<Record<Field, string>>;
}
