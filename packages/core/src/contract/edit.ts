/**
 * One change a user makes to a record, kept whole rather than as the record it produced: after
 * a conflict it can be applied again on top of someone else's newer version, so the user's work
 * survives without overwriting theirs. Team edits, consent revocations and assessment autosaves
 * are all edits.
 */
export interface Edit<T> {
  /** The change in a sentence, in the user's language, for the conflict view ("add Satu to the team."). */
  readonly summary: string;
  /** The record with this change made, computed from `current`; throws `ValidationError` when it cannot be. */
  apply(current: T): T;
}
