import type { Client } from '../model/client.js';
import type { Team } from '../model/team.js';
import type { CallOptions, Versioned } from './versioned.js';

/**
 * The store contracts. One narrow interface per widget, so a provider implements only what it
 * embeds. Every method is async, takes `{ signal }` last, returns `Versioned<T>`, and every write
 * takes the version it was based on: a stale one fails with `ConflictError`. These names are the
 * contract providers code against; methods may be added, never renamed.
 */

export interface ClientStore {
  /** @throws NotFoundError, ValidationError, and the transport errors */
  getClient(clientId: string, opts?: CallOptions): Promise<Versioned<Client>>;
}

/** A team is found by its own id or by the client it serves. */
export type TeamRef = { readonly teamId: string } | { readonly clientId: string };

export interface TeamStore {
  /** @throws NotFoundError, ValidationError, and the transport errors */
  getTeam(ref: TeamRef, opts?: CallOptions): Promise<Versioned<Team>>;
  /**
   * Creates the team when `ifMatch` is `null`, else replaces the version `ifMatch` names.
   * @throws ConflictError (with the current team), ValidationError, and the transport errors
   */
  saveTeam(team: Team, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<Team>>;
}

/** What a widget may report for the server's access log (703/2023 §§ 9–10). */
export interface AuditEvent {
  readonly action: 'view' | 'create' | 'update' | 'disclose';
  readonly kind: string;
  readonly id: string;
  readonly clientId?: string;
}

/** Optional capabilities any adapter may add. */
export interface AdapterExtras {
  /** Live updates for a record; returns the unsubscribe function. */
  subscribe?(ref: TeamRef, listener: (team: Versioned<Team>) => void): () => void;
  /** Receives view and disclosure events for the server's log. */
  audit?(event: AuditEvent): void;
}

/**
 * Everything a full adapter offers. The consent, assessment and plan stores join this type as
 * their widgets land.
 */
export type SaumatonAdapter = ClientStore & TeamStore & AdapterExtras;
