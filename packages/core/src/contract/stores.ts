import type { Client } from '../model/client.js';
import type { Team } from '../model/team.js';
import type { CallOptions, Versioned } from './versioned.js';

/**
 * The store contracts. One narrow interface per widget, so a provider implements only what it
 * embeds. Every method is async, takes `{ signal }` last, returns `Versioned<T>`, and every write
 * takes the version it was based on: a stale one fails with `ConflictError`. These names are the
 * contract providers code against; methods may be added, never renamed.
 *
 * **What `signal` means.**
 * - A read rejects with an `AbortError` (a `DOMException`, as `fetch` gives) as soon as the signal
 *   fires; pass the signal on to `fetch`.
 * - A write checks the signal before it sends anything: already aborted → it rejects with an
 *   `AbortError` and nothing is written. Once the request is sent, the signal no longer changes
 *   the outcome: the write reports what happened (resolves when it was stored, rejects with the
 *   error the backend gave otherwise), because a caller told `AbortError` must be able to trust
 *   that nothing was stored. So do not pass a write's signal to `fetch`: a `fetch` aborted after
 *   sending rejects while the server may still store the write. An adapter may reject with an
 *   `AbortError` after sending only when it knows the write was not stored.
 *
 * A caller that aborts a write (a widget whose save was superseded) simply ignores the answer,
 * and reads the record again when it needs the current version.
 *
 * **The transport errors**, which any method may throw: `UnauthorizedError` (not signed in, or the
 * session expired: HTTP 401), `ForbiddenError` (403), `OfflineError` (the backend could not be
 * reached), `AdapterError` (anything else the backend got wrong: a 5xx, an answer without a
 * version), and the `AbortError` described above.
 */

export interface ClientStore {
  /** @throws NotFoundError, ValidationError, and the transport errors */
  getClient(clientId: string, opts?: CallOptions): Promise<Versioned<Client>>;
}

/** A team is found by its own id or by the client it serves. */
export type TeamRef = { readonly teamId: string } | { readonly clientId: string };

export interface TeamStore {
  /**
   * A client has one team at a time; when the backend still keeps older ones, the one to show is
   * `active`, then `proposed`, `suspended`, `inactive` (`TEAM_STATUS_PREFERENCE`).
   * @throws NotFoundError, ValidationError, and the transport errors
   */
  getTeam(ref: TeamRef, opts?: CallOptions): Promise<Versioned<Team>>;
  /**
   * Creates the team when `ifMatch` is `null`, else replaces the version `ifMatch` names, and
   * returns the team as stored with its new version.
   *
   * **A create may return another id.** A backend that chooses the ids of new records itself
   * (`POST /teams` → `201` with its own id) returns the team under that id: the returned
   * `value.id` may differ from `team.id` when `ifMatch` is `null`, and callers go on with the
   * returned id. Everything else comes back as sent. A create never writes over an existing team:
   * one that names a stored team's id fails with `ConflictError`.
   *
   * **Team rules.** An update is refused with a `ValidationError` (each issue with the rule's
   * `code`) only for the rules it newly breaks compared with the stored version it replaces
   * (`newlyBrokenRules`), so a team that arrived broken can be mended step by step; a create
   * must satisfy every rule.
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
