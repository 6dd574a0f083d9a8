import { RecordListeners } from './record-listeners.js';
import type { SubscriptionRef, Subscriptions, TeamRef } from './stores.js';
import type { Versioned } from './versioned.js';
import type { Team } from '../model/team.js';

/**
 * The listeners of an adapter's `subscribe()`: each gets a copy of every new version of the team
 * its ref names (by team id, or by the client it serves). Adapters share this one set.
 */
export class TeamListeners extends RecordListeners<Team, TeamRef> {
  constructor() {
    super((ref, team) => ('teamId' in ref ? ref.teamId === team.id : ref.clientId === team.clientId));
  }

  /**
   * An adapter's `subscribe()` for its team store: adds the listener when `ref` is a team's (a ref
   * without a `kind`, as older callers pass, counts as one) and returns the function that removes
   * it; a ref of a store the adapter does not follow gets a function that does nothing.
   */
  subscribe<K extends keyof Subscriptions>(
    ref: SubscriptionRef<K>,
    listener: (value: Versioned<Subscriptions[K]['value']>) => void,
  ): () => void {
    const kind = (ref as { readonly kind?: string }).kind ?? 'team';
    if (kind !== 'team') return () => undefined;
    return this.add(ref as SubscriptionRef<'team'>, listener);
  }
}
