import type { Team } from '@saumaton/core';

/** What every roster form is given: the team as stored, the save's state, and what the roster does on each event. */
export interface RosterFormOptions<Draft, Field extends string> {
  readonly team: Team;
  /** What the form holds, as typed. */
  readonly draft: Draft;
  readonly errors: Partial<Record<Field, string>>;
  readonly saving: boolean;
  /** Messages about the change as a whole (a broken rule, a failed save). */
  readonly formErrors: readonly string[];
  readonly onInput: (e: Event) => void;
  readonly onSubmit: (e: SubmitEvent) => void;
  readonly onKeydown: (e: KeyboardEvent) => void;
  readonly onCancel: () => void;
}
