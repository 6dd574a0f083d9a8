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

/**
 * What `subscribe()` can follow: one entry per store with live updates, naming the ref that picks
 * the record and the value a listener receives. The consent, assessment and plan stores add
 * their entries as their widgets land.
 */
export interface Subscriptions {
  readonly team: { readonly ref: TeamRef; readonly value: Team };
}

/** The ref of a subscription: which store (`kind`) and which record in it. */
export type SubscriptionRef<K extends keyof Subscriptions = keyof Subscriptions> = {
  [P in K]: { readonly kind: P } & Subscriptions[P]['ref'];
}[K];

/** Optional capabilities any adapter may add. */
export interface AdapterExtras {
  /**
   * Live updates: `listener` gets every new version of the record `ref` names, written by anyone
   * (as far as the backend can tell). Returns the function that stops listening.
   */
  subscribe?<K extends keyof Subscriptions>(
    ref: SubscriptionRef<K>,
    listener: (value: Versioned<Subscriptions[K]['value']>) => void,
  ): () => void;
  /** Receives view and disclosure events for the server's log. */
  audit?(event: AuditEvent): void;
}

/**
 * Everything a full adapter offers. The consent, assessment and plan stores join this type as
 * their widgets land.
 */
export type SaumatonAdapter = ClientStore & TeamStore & AdapterExtras;

/**
 * What a widget or a provider may be handed: any part of a full adapter. A voucher producer
 * implements only the stores of the widgets it embeds; each widget checks for the methods it
 * needs and says which are missing.
 */
export type AnyAdapter = Partial<ClientStore & TeamStore> & AdapterExtras;
