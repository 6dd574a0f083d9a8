import { copyJson } from './json.js';
import type { SubscriptionRef, Subscriptions, TeamRef } from './stores.js';
import type { Versioned } from './versioned.js';
import type { Team } from '../model/team.js';

/**
 * The listeners of an adapter's `subscribe()`: each gets a copy of every new version of the team
 * its ref names (by team id, or by the client it serves). Adapters share this one set.
 */
export class TeamListeners {
  private readonly entries = new Set<{ readonly ref: TeamRef; readonly listener: (team: Versioned<Team>) => void }>();

  get size(): number {
    return this.entries.size;
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

  /** Adds a listener; returns the function that removes it. */
  add(ref: TeamRef, listener: (team: Versioned<Team>) => void): () => void {
    const entry = { ref, listener };
    this.entries.add(entry);
    return () => this.entries.delete(entry);
  }

  notify(team: Versioned<Team>): void {
    for (const { ref, listener } of this.entries) {
      if ('teamId' in ref ? ref.teamId === team.value.id : ref.clientId === team.value.clientId) {
        try {
          listener(copyJson(team));
        } catch (error) {
          // One failing listener must neither stop the others nor fail the save that notified.
          setTimeout(() => {
            throw error;
          });
        }
      }
    }
  }
}
